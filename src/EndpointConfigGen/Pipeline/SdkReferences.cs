using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using EndpointConfigGen.Binding;
using EndpointConfigGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndpointConfigGen.Pipeline
{
    /// <summary>An AWS SDK assembly a project references: its name and the build it is (module version id).</summary>
    internal sealed record SdkAssembly(string Name, Guid Mvid);

    /// <summary>
    /// The AWS SDK assemblies (<c>AWSSDK.*</c>) of the project's references, by identity, and the references to read
    /// their types from. Equal whenever the SDK assemblies are, so that an edit, or a reference to anything else, leaves
    /// every step after it cached: the SDK surface is read again only when an SDK assembly comes, goes or changes.
    /// </summary>
    internal sealed class SdkReferences : IEquatable<SdkReferences>
    {
        private readonly ImmutableArray<MetadataReference> _references;
        private readonly Lazy<Compilation> _reader;

        private SdkReferences(EquatableArray<SdkAssembly> assemblies, ImmutableArray<MetadataReference> references)
        {
            Assemblies = assemblies;
            _references = references;

            // Types are read from the references alone (the SDK's, AWSSDK.Core's and the framework's), never from the
            // project's compilation, which changes with every edit; built once, by the first file that needs it.
            _reader = new Lazy<Compilation>(() => CSharpCompilation.Create("EndpointConfigGen.SdkSurface", references: _references), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The SDK assemblies, in reference order.</summary>
        public EquatableArray<SdkAssembly> Assemblies { get; }

        /// <summary>The references' AWS SDK assemblies; references that cannot be read are skipped.</summary>
        public static SdkReferences Read(ImmutableArray<MetadataReference> references, CancellationToken cancellationToken)
        {
            var assemblies = new List<SdkAssembly>();
            var files = ImmutableArray.CreateBuilder<MetadataReference>();
            foreach (var reference in references.OfType<PortableExecutableReference>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                files.Add(reference);
                if (Identity(reference) is { } assembly && assembly.Name.StartsWith(SdkNaming.AssemblyPrefix, StringComparison.Ordinal))
                {
                    assemblies.Add(assembly);
                }
            }

            return new SdkReferences(assemblies.ToEquatableArray(), files.ToImmutable());
        }

        /// <summary>True when the project references the assembly of this name.</summary>
        public bool Has(string assemblyName) => Assemblies.Any(a => a.Name == assemblyName);

        /// <summary>A compilation of the references only, to read the SDK's types with symbols.</summary>
        public Compilation Reader() => _reader.Value;

        public bool Equals(SdkReferences? other) => other is not null && Assemblies.Equals(other.Assemblies);

        public override bool Equals(object? obj) => Equals(obj as SdkReferences);

        public override int GetHashCode() => Assemblies.GetHashCode();

        private static SdkAssembly? Identity(PortableExecutableReference reference)
        {
            try
            {
                if (reference.GetMetadata() is AssemblyMetadata metadata && metadata.GetModules() is { Length: > 0 } modules)
                {
                    var module = modules[0];
                    var reader = module.GetMetadataReader();
                    return reader.IsAssembly ? new SdkAssembly(reader.GetString(reader.GetAssemblyDefinition().Name), module.GetModuleVersionId()) : null;
                }
            }
            catch (Exception e) when (e is BadImageFormatException or System.IO.IOException)
            {
                // The compiler reports a reference it cannot read; the generator only does without it.
            }

            return null;
        }
    }
}
