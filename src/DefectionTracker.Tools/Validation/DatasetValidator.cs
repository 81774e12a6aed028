using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Tools.Validation;

/// <summary>
/// Loads a dataset folder with the app's own <see cref="SeedLoader"/>, which validates every record and reference as
/// start-up does, without a web server or a database.
/// </summary>
public static class DatasetValidator
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var folder])
        {
            error.WriteLine("usage: validate DIR");
            return 2;
        }

        try
        {
            output.WriteLine(Summarise(SeedLoader.Load(folder)));
            return 0;
        }
        catch (SeedValidationException e)
        {
            // The same message start-up would stop with: the file, the record and the field.
            error.WriteLine(e.Message);
            return 1;
        }
    }

    public static string Summarise(SeedDataset data) =>
        $"valid: {data.Parties.Count} parties, {data.Councils.Count} councils, {data.Councillors.Count} councillors, " +
        $"{data.Compositions.Count} compositions, {data.Defections.Count} defections, {data.Quotes.Count} quotes, " +
        $"{data.Grievances.Count} grievances, {data.Sources.Count} sources";
}
