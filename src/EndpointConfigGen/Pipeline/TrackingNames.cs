namespace EndpointConfigGen.Pipeline
{
    /// <summary>Names of the pipeline steps, so tests can prove what is cached.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string CompilationFacts = nameof(CompilationFacts);
        public const string ShapeFiles = nameof(ShapeFiles);
        public const string RulesFiles = nameof(RulesFiles);
        public const string ParseShapeFile = nameof(ParseShapeFile);
        public const string SdkReferences = nameof(SdkReferences);
        public const string BuiltInShapes = nameof(BuiltInShapes);
        public const string ShapeModels = nameof(ShapeModels);
        public const string AttachRules = nameof(AttachRules);
        public const string CheckOperations = nameof(CheckOperations);
        public const string BindNames = nameof(BindNames);
        public const string SdkSurface = nameof(SdkSurface);
        public const string FindCollisions = nameof(FindCollisions);
        public const string EmitSources = nameof(EmitSources);
    }
}
