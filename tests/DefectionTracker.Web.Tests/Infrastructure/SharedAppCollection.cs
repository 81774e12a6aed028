namespace DefectionTracker.Web.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class SharedAppCollection : ICollectionFixture<SharedAppFixture>
{
    public const string Name = "shared app";
}
