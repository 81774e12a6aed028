using System.Text.Json.Nodes;
using DefectionTracker.Tools.Generation;
using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Tools.Tests.Validation;

/// <summary><c>validate DIR</c> through the command line, on a small generated dataset (never the published dataset).</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dt-validate-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public ValidateCommandTests() => _ = new DatasetGenerator(GeneratorScale.Small, 5).WriteTo(_folder);

    [Fact]
    public void Validate_ValidFolder_PrintsTheCounts_AndSucceeds()
    {
        var code = Commands.Run(["validate", _folder], _output, _error);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, _error.ToString());
        var line = _output.ToString().Trim();
        var small = GeneratorScale.Small;
        Assert.Matches(
            $"^valid: [0-9]+ parties, {small.Councils} councils, [0-9]+ councillors, {small.Councils} compositions, " +
            $"{small.Defections} defections, {small.Defections * small.QuotesPerDefection} quotes, [0-9]+ grievances, [0-9]+ sources$",
            line);
    }

    [Fact]
    public void Validate_BrokenReference_PrintsTheFileRecordAndField_AndFails()
    {
        var quotes = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, SeedLoader.QuotesFile)))!.AsArray();
        var id = (string)quotes[0]!["id"]!;
        quotes[0]!["defection"] = "no-such-defection";
        File.WriteAllText(Path.Combine(_folder, SeedLoader.QuotesFile), quotes.ToJsonString());

        var code = Commands.Run(["validate", _folder], _output, _error);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, _output.ToString());
        Assert.Equal(
            $"Invalid seed dataset: quotes.json: record '{id}' (#1): field 'defection': unknown defection 'no-such-defection'",
            _error.ToString().Trim());
    }

    [Fact]
    public void Validate_MissingFolder_SaysWhichFolder_AndFails()
    {
        var missing = Path.Combine(_folder, "nowhere");

        var code = Commands.Run(["validate", missing], _output, _error);

        Assert.Equal(1, code);
        Assert.Contains($"the dataset folder '{missing}' does not exist", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("validate", "a", "b")]
    [InlineData("frobnicate")]
    public void BadArguments_PrintUsage_AndExitWith2(params string[] args)
    {
        var code = Commands.Run(args, _output, _error);

        Assert.Equal(2, code);
        Assert.Contains("usage: ", _error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
