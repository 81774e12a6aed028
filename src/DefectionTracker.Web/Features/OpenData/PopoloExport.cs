using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DefectionTracker.Web.Data.Seeding;

namespace DefectionTracker.Web.Features.OpenData;

/// <summary>
/// The record in Popolo's JSON form (https://www.popoloproject.com/specs/): councillors as persons, parties and councils as
/// organizations, and each party membership as a membership of the council the councillor sat on, on behalf of the
/// party (<c>on_behalf_of_id</c>), with its dates at their known precision, why it began and ended and its source.
/// Popolo's own names are snake_case, so this file uses them, unlike the API.
/// </summary>
public static class PopoloExport
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string PartyId(string slug) => "party/" + slug;

    public static string CouncilId(string slug) => "council/" + slug;

    /// <summary>An affiliation's end as Popolo-style reason: "changed_party", "whip_removed", "whip_restored", ...</summary>
    public static string? Reason(string? endReason) => endReason switch
    {
        null => null,
        "joinedAnotherParty" => "changed_party",
        "readmitted" => "whip_restored",
        _ => JsonNamingPolicy.SnakeCaseLower.ConvertName(endReason),
    };

    public static PopoloDocument Build(DatasetSnapshot data)
    {
        var sources = data.Sources.Where(s => s.Id is not null).ToDictionary(s => s.Id!, StringComparer.Ordinal);
        PopoloSource? Source(string? id) => id is null ? null
            : sources.TryGetValue(id, out var s) ? new PopoloSource(s.OriginalUrl ?? s.MirrorUrl, $"{s.Publisher}: {s.Title} (source '{id}')")
            : new PopoloSource(null, $"source '{id}'");

        var organizations = data.Parties.Select(p => new PopoloOrganization(PartyId(p.Id!), p.Name, "party", null))
            .Concat(data.Councils.Select(c => new PopoloOrganization(CouncilId(c.Id!), c.Name, "council",
                c.GssCode is null ? null : [new PopoloIdentifier("gss", c.GssCode)])))
            .ToList();
        var persons = data.Councillors.Select(c => new PopoloPerson(c.Id!, c.Name)).ToList();
        var memberships = new List<PopoloMembership>();
        foreach (var councillor in data.Councillors)
        {
            var affiliations = councillor.Affiliations ?? [];
            var councils = (councillor.Seats ?? []).Select(s => s.Council).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            for (var i = 0; i < affiliations.Count; i++)
            {
                var a = affiliations[i];
                var start = i == 0 ? null : Reason(affiliations[i - 1].EndReason);
                var end = Reason(a.EndReason);
                var sourceList = Source(a.Source) is { } one ? new[] { one } : null;
                if (councils.Count == 0)
                {
                    memberships.Add(new PopoloMembership($"{councillor.Id}/{i + 1}", councillor.Id!, PartyId(a.Party!), null,
                        a.From?.Date, a.To?.Date, start, end, sourceList));
                }

                foreach (var council in councils)
                {
                    memberships.Add(new PopoloMembership($"{councillor.Id}/{i + 1}" + (councils.Count > 1 ? "/" + council : ""),
                        councillor.Id!, CouncilId(council), PartyId(a.Party!), a.From?.Date, a.To?.Date, start, end, sourceList));
                }
            }
        }

        return new PopoloDocument(persons, organizations, memberships);
    }

    public static byte[] ToBytes(PopoloDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);
}

public sealed record PopoloDocument(IReadOnlyList<PopoloPerson> Persons, IReadOnlyList<PopoloOrganization> Organizations,
    IReadOnlyList<PopoloMembership> Memberships);

public sealed record PopoloPerson(string Id, string? Name);

public sealed record PopoloOrganization(string Id, string? Name, string Classification, IReadOnlyList<PopoloIdentifier>? Identifiers);

public sealed record PopoloIdentifier(string Scheme, string Identifier);

public sealed record PopoloSource(string? Url, string Note);

/// <summary>Dates are ISO 8601 at their known precision ("2024", "2024-06", "2024-06-03"); null = not known.</summary>
public sealed record PopoloMembership(
    string Id,
    string PersonId,
    string OrganizationId,
    string? OnBehalfOfId,
    string? StartDate,
    string? EndDate,
    string? StartReason,
    string? EndReason,
    IReadOnlyList<PopoloSource>? Sources);
