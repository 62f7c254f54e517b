using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("EndpointConfigGen.Tests")]
[assembly: InternalsVisibleTo("EndpointConfigGen.Fuzz")]
[assembly: InternalsVisibleTo("EndpointConfigGen.Benchmarks")]
