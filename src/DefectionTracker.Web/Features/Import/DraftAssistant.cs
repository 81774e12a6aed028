using System.Globalization;
using System.Text.RegularExpressions;
using DefectionTracker.Web.Domain;

namespace DefectionTracker.Web.Features.Import;

/// <summary>
/// Article to draft defection, by rules over the record's own knowledge (the register, parties, the grievance taxonomy
/// and its synonyms, councillors, recorded events). Pure: no database, no network, no model. Each rule says what words
/// it used (evidence) and how far it can be trusted (confidence); nothing here is saved.
/// </summary>
public sealed partial class DraftAssistant(ImportKnowledge knowledge)
{
    /// <summary>How far apart an article's date and a recorded event's may be for the article to be proposed as its new source.</summary>
    public const int MatchWindowDays = 42;

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["a dozen"] = 12,
        ["a pair of"] = 2,
        ["a trio of"] = 3,
        ["both"] = 2,
    };

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly List<(KnownParty Party, string Alias)> _partyAliases = BuildPartyAliases(knowledge.Parties);

    public Draft Propose(Article article)
    {
        var text = Normalise(article.Text);
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        var confidence = new Dictionary<string, double>(StringComparer.Ordinal);
        var quoted = QuotedSpans(text);

        var councils = FindCouncils(text, evidence, confidence);
        var from = FindFromParty(text, evidence, confidence);
        var (count, groupOf) = FindCount(text, councils, from, evidence, confidence);
        from ??= groupOf;
        var fromRef = from is null ? UnknownParty(UnknownPartyLeft(), "fromParty", text, evidence, confidence) : new DraftRef(from.Slug, from.Name);
        var to = FindToParty(text, from, evidence, confidence);
        var (date, precision, basis) = FindDate(text, article.Published, evidence, confidence);
        var councillors = FindCouncillors(text, councils, from, evidence, confidence);
        if (count is null && councillors.Count > 0 && !SomeOfThem().IsMatch(text))
        {
            count = councillors.Count;
            evidence["councillorCount"] = "the councillors named: " + string.Join(", ", councillors.Select(c => c.Name));
            confidence["councillorCount"] = 0.5;
        }

        var grievances = FindGrievances(text, quoted, evidence, confidence);
        var quotes = FindQuotes(text, councillors);
        if (quotes.Count > 0)
        {
            evidence["quotes"] = quotes[0].Text;
            confidence["quotes"] = 0.7;
        }

        var matches = FindEvent(councils, councillors, date, precision, article.Published, evidence, confidence);
        return new Draft(
            [.. councils.Select(c => new DraftRef(c.Slug, c.Name))],
            count,
            fromRef,
            to,
            date,
            precision,
            basis,
            councillors,
            grievances,
            quotes,
            matches,
            evidence,
            confidence);
    }

    // ---- councils -------------------------------------------------------------------------------------------------

    private List<KnownCouncil> FindCouncils(string text, Dictionary<string, string> evidence, Dictionary<string, double> confidence)
    {
        var found = new List<(KnownCouncil Council, int At, string Words)>();
        foreach (var council in knowledge.Councils)
        {
            if (FindCouncilMention(text, council) is { } hit)
            {
                found.Add((council, hit.Index, hit.Value));
            }
        }

        // A shorter name inside a longer one found at the same place ("Nelson" in "Nelson Town Council") is the longer one's.
        found = [.. found.Where(f => !found.Any(g => g.Council != f.Council && g.Words.Length > f.Words.Length
            && g.At <= f.At && g.At + g.Words.Length >= f.At + f.Words.Length))];
        // Past councils lose to a current one with the same short name.
        var result = found.OrderBy(f => f.At).Select(f => f.Council).Distinct().ToList();

        // "a county councillor" among borough ones: the county of the councils already found.
        if (CountyCouncillor().Match(text) is { Success: true } county && result.Count > 0 && !result.Any(c => c.Kind == CouncilKind.County))
        {
            var countyName = result.Select(c => c.County).OfType<string>().FirstOrDefault();
            if (countyName is not null && knowledge.Councils.FirstOrDefault(c => c.Kind == CouncilKind.County && c.ShortName == countyName) is { } c)
            {
                result.Add(c);
                evidence["councils." + c.Slug] = county.Value;
            }
        }

        if (result.Count > 0)
        {
            evidence["councils"] = string.Join("; ", found.OrderBy(f => f.At).Select(f => f.Words).Distinct(StringComparer.Ordinal));
            confidence["councils"] = found.Any(f => f.Words.Contains("ouncil", StringComparison.Ordinal)) ? 0.9 : 0.6;
            return result;
        }

        // No council named as a council: a place name alone, only where it is one council's short name.
        foreach (var council in knowledge.Councils.Where(c => c.Recorded || c.Kind != CouncilKind.County))
        {
            var m = Regex.Match(text, $@"\b{Regex.Escape(council.ShortName)}\b(?!shire|['’]s People)", RegexOptions.None, TimeSpan.FromSeconds(1));
            if (m.Success)
            {
                evidence["councils"] = m.Value;
                confidence["councils"] = 0.4;
                return [council];
            }
        }

        return [];
    }

    private static Match? FindCouncilMention(string text, KnownCouncil council)
    {
        // The full name, an alternative name, or the short name with a kind of council: "Broxtowe borough council".
        var names = new[] { council.Name }.Concat(council.AlternativeNames).Where(n => n.Length > 3)
            .Select(n => Regex.Escape(n)).ToList();
        // The kind word must be the council's own: "Castlebridge Borough Council" is not Castlebridge Town Council, and a
        // town or parish council is only ever named with its kind.
        var kind = council.Kind switch
        {
            CouncilKind.Borough => "borough",
            CouncilKind.City => "city",
            CouncilKind.District => "district",
            CouncilKind.County => "county",
            CouncilKind.Metropolitan => @"metropolitan\s+borough|metropolitan\s+district|metropolitan|borough",
            CouncilKind.Unitary => @"county\s+borough|city|borough|county",
            _ => council.Kind.ToString().ToLowerInvariant(),
        };
        var optional = council.Kind is CouncilKind.Town or CouncilKind.Parish ? "" : "?";
        names.Add(Regex.Escape(council.ShortName) + @"(?:\s+(?i:" + kind + "))" + optional + @"\s+(?i:council)\b(?!lors?\b)");
        var pattern = @"\b(?:" + string.Join("|", names) + @")";
        var m = Regex.Match(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success ? m : null;
    }

    // ---- parties --------------------------------------------------------------------------------------------------

    private static List<(KnownParty, string)> BuildPartyAliases(IReadOnlyList<KnownParty> parties)
    {
        var aliases = new List<(KnownParty, string)>();
        foreach (var p in parties.Where(p => p.Kind != PartyKind.Independent))
        {
            var names = new[] { p.Name, p.ShortName }.Concat(PartyNames.Aliases.GetValueOrDefault(p.Slug) ?? []);
            aliases.AddRange(names.Distinct(StringComparer.Ordinal).Select(n => (p, n)));
        }

        // Longest first, so "Labour Party" wins over "Labour" and "Broxtowe Independents" over nothing.
        return [.. aliases.OrderByDescending(a => a.Item2.Length)];
    }

    private string PartyPattern => "(" + string.Join("|", _partyAliases.Select(a => Regex.Escape(a.Alias))) + @")(?:['’]s)?\b";

    private KnownParty? PartyNamed(string words) =>
        _partyAliases.FirstOrDefault(a => string.Equals(a.Alias, words, StringComparison.OrdinalIgnoreCase)).Party;

    private KnownParty? FindFromParty(string text, Dictionary<string, string> evidence, Dictionary<string, double> confidence)
    {
        var leaving = @"(?i:quit|quits|quitting|left|leave|leaves|leaving|resign(?:ed|s|ing)?(?:\s+from)?|defect(?:ed|s|ing)?\s+from|"
            + @"broke\s+away\s+from|break(?:s|ing)?\s+away\s+from|split\s+from|walk(?:ed|s)?\s+out\s+of|walk-out\s+from|exit(?:ed)?|"
            + @"(?:been\s+)?suspended\s+(?:from|by)|(?:been\s+)?expelled\s+(?:from|by)|turned\s+their\s+backs\s+on|abandon(?:ed)?|ditch(?:ed)?)"
            + @"\s+(?:(?i:the|their|his|her|its)\s+)?(?:(?i:ruling|national|local|governing)\s+)?";
        var m = Regex.Match(text, leaving + PartyPattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        if (m.Success)
        {
            evidence["fromParty"] = m.Value;
            confidence["fromParty"] = 0.85;
            return PartyNamed(m.Groups[1].Value);
        }

        var former = Regex.Match(text, @"(?i:former|ex-)\s*" + PartyPattern + @"\s+(?i:group\s+)?(?i:councillors?|members?)", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (former.Success)
        {
            evidence["fromParty"] = former.Value;
            confidence["fromParty"] = 0.7;
            return PartyNamed(former.Groups[1].Value);
        }

        var plain = Regex.Match(text, PartyPattern + @"\s+(?:(?i:group\s+|city\s+|borough\s+|district\s+|county\s+)?)(?i:councillors?|member\s+of)\b", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (plain.Success)
        {
            evidence["fromParty"] = plain.Value;
            confidence["fromParty"] = 0.5;
            return PartyNamed(plain.Groups[1].Value);
        }

        return null;
    }

    private DraftRef? FindToParty(string text, KnownParty? from, Dictionary<string, string> evidence, Dictionary<string, double> confidence)
    {
        var joined = Regex.Matches(text, @"(?i:join(?:ed|s|ing)?|defect(?:ed|s|ing)?\s+to|switch(?:ed|es|ing)?\s+to|cross(?:ed)?\s+the\s+floor\s+to|went\s+over\s+to|move(?:d|s)?\s+to)"
            + @"\s+(?:(?i:the)\s+)?" + PartyPattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        foreach (Match m in joined)
        {
            if (PartyNamed(m.Groups[1].Value) is { } party && party.Slug != from?.Slug)
            {
                evidence["toParty"] = m.Value;
                confidence["toParty"] = 0.85;
                return new DraftRef(party.Slug, party.Name);
            }
        }

        if (UnknownParty(UnknownPartyJoined(), "toParty", text, evidence, confidence) is { } unknown)
        {
            return unknown;
        }

        // "form the new Nottingham People's Alliance group", "sit as part of a new Broxtowe Independents party".
        var formed = NewGroup().Match(text);
        if (formed.Success)
        {
            var name = formed.Groups["name"].Value.Trim();
            var named = PartyNamed(name) ?? PartyNamed(name + " group") ?? _partyAliases
                .Where(a => name.StartsWith(a.Alias, StringComparison.OrdinalIgnoreCase) || a.Alias.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                .Select(a => a.Party).FirstOrDefault(p => p.Kind == PartyKind.LocalGroup);
            if (named is null || named.Slug != from?.Slug)
            {
                evidence["toParty"] = formed.Value;
                confidence["toParty"] = named is null ? 0.6 : 0.8;
                return named is null ? new DraftRef(null, name) : new DraftRef(named.Slug, named.Name);
            }
        }

        var independent = SitAsIndependents().Match(text);
        if (independent.Success && knowledge.Parties.FirstOrDefault(p => p.Kind == PartyKind.Independent) is { } ind)
        {
            evidence["toParty"] = independent.Value;
            confidence["toParty"] = 0.75;
            return new DraftRef(ind.Slug, ind.Name);
        }

        return null;
    }

    /// <summary>
    /// A party the record does not have ("joined the Workers Party"): its name as written, matched to nothing, with
    /// little confidence. A name that is one of the record's parties after all is left to the rules that place it.
    /// </summary>
    private DraftRef? UnknownParty(Regex rule, string field, string text, Dictionary<string, string> evidence, Dictionary<string, double> confidence)
    {
        foreach (Match m in rule.Matches(text))
        {
            var name = m.Groups["name"].Value.Trim();
            if (PartyNamed(name) is null && PartyNames.Match(name, knowledge.Parties) is null)
            {
                evidence[field] = m.Value + " (a party not in the record)";
                confidence[field] = 0.3;
                return new DraftRef(null, name);
            }
        }

        return null;
    }

    // ---- the number -----------------------------------------------------------------------------------------------

    private (int? Count, KnownParty? GroupOf) FindCount(string text, List<KnownCouncil> councils, KnownParty? from,
        Dictionary<string, string> evidence, Dictionary<string, double> confidence)
    {
        var whole = WholeGroup().Match(text);
        if (whole.Success && PartyNamed(whole.Groups["party"].Value) is { } party)
        {
            evidence["councillorCount"] = whole.Value;
            if (whole.Groups["n"].Success && Number(whole.Groups["n"].Value) is { } stated)
            {
                confidence["councillorCount"] = 0.85;
                return (stated, party);
            }

            // The group's size from the record's latest composition, where one is recorded.
            var size = councils.Select(c => knowledge.LatestSeats.TryGetValue((c.Slug, party.Slug), out var s) ? s : (int?)null).FirstOrDefault(s => s is not null);
            confidence["councillorCount"] = size is null ? 0 : 0.5;
            if (size is not null)
            {
                evidence["councillorCount"] += $" (the {party.ShortName} group's size in the record's latest composition)";
            }

            return (size, party);
        }

        foreach (Match m in CountPhrase().Matches(text))
        {
            if (Number(m.Groups["n"].Value) is { } n)
            {
                evidence["councillorCount"] = m.Value;
                confidence["councillorCount"] = 0.85;
                return (n, null);
            }
        }

        return (null, null);
    }

    private static int? Number(string words)
    {
        var w = Regex.Replace(words.Trim(), @"\s+", " ");
        return int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : NumberWords.TryGetValue(w, out var v) ? v : null;
    }

    // ---- the date -------------------------------------------------------------------------------------------------

    private static (string? Date, string Precision, string Basis) FindDate(string text, DateOnly? published,
        Dictionary<string, string> evidence, Dictionary<string, double> confidence)
    {
        var month = "(?<month>" + string.Join("|", Months) + ")";
        var candidates = new List<(int At, string? Date, string Precision, string Basis, string Words, double Sure)>();
        foreach (Match m in Regex.Matches(text, $@"\b(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+(?<year>(?:19|20)\d\d))?\b|\b{month}\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d\d))?", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            var mo = Array.IndexOf(Months, m.Groups["month"].Value) + 1;
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31 || IsBackground(text, m.Index) || InBackgroundSentence(text, m.Index))
            {
                continue;
            }

            if (m.Groups["year"].Success)
            {
                var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (day <= DateTime.DaysInMonth(year, mo))
                {
                    candidates.Add((m.Index, new DateOnly(year, mo, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", "stated", m.Value, 0.9));
                }
            }
            else
            {
                // A date without a year is kept without one: the editor decides the year.
                candidates.Add((m.Index, new MonthDay(mo, day).ToIso(), "day", "stated", m.Value, 0.7));
            }
        }

        foreach (Match m in Regex.Matches(text, $@"\b(?:(?i:in|since|during|from|by|early|late|mid-?|(?:at\s+the\s+)?(?:start|end|beginning)\s+of)\s+){month}(?:\s+(?<year>(?:19|20)\d\d))?\b|\b{month}\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            if (IsBackground(text, m.Index) || InBackgroundSentence(text, m.Index) || candidates.Any(c => c.At <= m.Index && m.Index < c.At + c.Words.Length + 3))
            {
                continue;
            }

            var mo = Array.IndexOf(Months, m.Groups["month"].Value) + 1;
            if (m.Groups["year"].Success)
            {
                candidates.Add((m.Index, $"{m.Groups["year"].Value}-{mo:00}", "month", "stated", m.Value, 0.8));
            }
            else if (published is { } p)
            {
                var year = mo <= p.Month ? p.Year : p.Year - 1;
                candidates.Add((m.Index, $"{year}-{mo:00}", "month", "derived", m.Value, 0.6));
            }
        }

        if (published is { } pub)
        {
            foreach (Match m in RelativeDay().Matches(text))
            {
                if (IsBackground(text, m.Index))
                {
                    continue;
                }

                var word = m.Groups["word"].Value.ToLowerInvariant();
                DateOnly? day = word switch
                {
                    "yesterday" or "last night" => pub.AddDays(-1),
                    "today" or "this morning" or "this afternoon" or "tonight" => pub,
                    _ => Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out var dow) ? LastOnOrBefore(pub, dow) : null,
                };
                if (day is { } d)
                {
                    candidates.Add((m.Index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", "derived", m.Value, 0.7));
                }
            }
        }

        if (candidates.Count > 0)
        {
            // The first date the article gives; a dated paragraph about earlier events usually comes later.
            var best = candidates.OrderBy(c => c.At).First();
            evidence["date"] = best.Basis == "derived" && published is { } p
                ? $"{best.Words} (worked out from the publication date, {p:yyyy-MM-dd})"
                : best.Words;
            confidence["date"] = best.Sure;
            return (best.Date, best.Precision, best.Basis);
        }

        if (published is { } known)
        {
            // Nothing stated: the event happened by the time the article appeared; the month is as far as that goes.
            evidence["date"] = $"no date in the text; published {known:yyyy-MM-dd}";
            confidence["date"] = 0.4;
            return (known.ToString("yyyy-MM", CultureInfo.InvariantCulture), "month", "published");
        }

        return (null, "unknown", "none");
    }

    private static DateOnly LastOnOrBefore(DateOnly day, DayOfWeek dow)
    {
        var back = ((int)day.DayOfWeek - (int)dow + 7) % 7;
        return day.AddDays(-back);
    }

    private static string Sentence(string text, int at)
    {
        var start = text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, at - 1)) + 1;
        var end = text.IndexOfAny(['.', '\n', '!', '?'], at) is var e and >= 0 ? e : text.Length;
        return text[start..end];
    }

    /// <summary>A date about something else: an election, a membership's start, a term.</summary>
    private static bool IsBackground(string text, int at)
    {
        var before = text[Math.Max(0, at - 40)..at];
        if (BackgroundDate().IsMatch(before))
        {
            return true;
        }

        // "he said on Wednesday" dates the news when the sentence is the news ("has left Labour ..., he said on
        // Wednesday"), and only the speaking when it is not ("told the BBC on Monday that the party ...").
        return ReportingDate().IsMatch(before) && !Departure().IsMatch(Sentence(text, at));
    }

    // ---- councillors ----------------------------------------------------------------------------------------------

    private List<DraftCouncillor> FindCouncillors(string text, List<KnownCouncil> councils, KnownParty? from,
        Dictionary<string, string> evidence, Dictionary<string, double> confidence)
    {
        var named = new List<(string Name, string? Ward, int At)>();
        foreach (Match m in CouncillorList().Matches(text))
        {
            if (IsSomeoneElse(text, m.Groups["list"].Index, from))
            {
                continue;
            }

            foreach (Match n in NameWithWard().Matches(m.Groups["list"].Value))
            {
                var ward = n.Groups["ward"].Success ? n.Groups["ward"].Value.Trim() : null;
                var who = CouncillorTitle().Replace(n.Groups["name"].Value.Trim(), "");
                if (who.Contains(' ', StringComparison.Ordinal))
                {
                    named.Add((who, ward, m.Index));
                }
            }
        }

        // Names of recorded councillors at these councils, however spelt, where the article names them in passing.
        var atCouncils = councils.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in PersonName().Matches(text))
        {
            if (!named.Any(n => n.Name.Contains(m.Value, StringComparison.Ordinal) || m.Value.Contains(n.Name, StringComparison.Ordinal))
                && Recorded(m.Value, atCouncils) is not null && !IsSomeoneElse(text, m.Index, from))
            {
                named.Add((m.Value, null, m.Index));
            }
        }

        var result = new List<DraftCouncillor>();
        foreach (var (name, ward, _) in named.OrderBy(n => n.At))
        {
            var recorded = Recorded(name, atCouncils);
            var shown = recorded?.Name ?? name;
            if (result.Any(r => r.Name == shown || (recorded is not null && r.Slug == recorded.Slug)))
            {
                continue;
            }

            result.Add(new DraftCouncillor(shown, recorded?.Slug, ward));
        }

        if (result.Count > 0)
        {
            evidence["councillors"] = string.Join("; ", named.Select(n => n.Ward is null ? n.Name : $"{n.Name} ({n.Ward})").Distinct(StringComparer.Ordinal));
            confidence["councillors"] = result.All(r => r.Slug is not null) ? 0.9 : 0.7;
        }

        return result;
    }

    /// <summary>The recorded councillor a name is, by fuzzy match; one at the article's councils first.</summary>
    private KnownCouncillor? Recorded(string name, HashSet<string> atCouncils)
    {
        var scored = knowledge.Councillors
            .Select(c => (Councillor: c, Score: PersonNames.Score(name, c.Name), Here: c.Councils.Any(atCouncils.Contains)))
            .Where(x => x.Score >= (x.Here ? PersonNames.SameCouncil : PersonNames.Elsewhere))
            .OrderByDescending(x => x.Here).ThenByDescending(x => x.Score)
            .FirstOrDefault();
        return scored.Councillor;
    }

    /// <summary>A person named as someone other than a defector: another party's councillor, an MP, an opponent.</summary>
    private bool IsSomeoneElse(string text, int at, KnownParty? from)
    {
        var start = Math.Max(0, at - 45);
        var before = text[start..at];
        if (OtherRole().IsMatch(before))
        {
            return true;
        }

        var after = text[at..Math.Min(text.Length, at + 60)];
        if (OtherRoleAfter().IsMatch(after))
        {
            return true;
        }

        // Someone reacting to the news, in a sentence where nobody leaves or joins: "the group leader said she was disappointed".
        var sentenceStart = text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, at - 1)) + 1;
        var sentenceEnd = text.IndexOfAny(['.', '\n', '!', '?'], at) is var e and >= 0 ? e : text.Length;
        var sentence = text[sentenceStart..sentenceEnd];
        if (Reaction().IsMatch(sentence) && !Departure().IsMatch(sentence))
        {
            return true;
        }

        var party = Regex.Match(before, PartyPattern + @"[ ]+(?i:group[ ]+leader|leader|councillor|cllr|member|spokes\w+)\b[^.;\n]*$", RegexOptions.None, TimeSpan.FromSeconds(1));
        return party.Success && PartyNamed(party.Groups[1].Value) is { } p && p.Slug != from?.Slug;
    }

    // ---- grievances and quotes ------------------------------------------------------------------------------------

    private List<DraftGrievance> FindGrievances(string text, List<(int Start, int End)> quoted,
        Dictionary<string, string> evidence, Dictionary<string, double> confidence)
    {
        var result = new List<DraftGrievance>();
        var words = new List<string>();
        foreach (var g in knowledge.Grievances)
        {
            var terms = new[] { g.Name }.Concat(g.Synonyms).Where(t => t.Length >= 4).Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(t => t.Length).Select(Regex.Escape);
            var hits = Regex.Matches(text, @"\b(?:" + string.Join("|", terms) + @")\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
                .Where(m => !NotAGrievance(text, m) && !InBackgroundSentence(text, m.Index)).ToList();
            if (hits.Count == 0)
            {
                continue;
            }

            var stated = hits.Any(h => quoted.Any(q => q.Start <= h.Index && h.Index < q.End));
            result.Add(new DraftGrievance(g.Slug, g.Name, stated));
            words.Add($"{g.Slug}: \"{hits[0].Value}\"{(stated ? " (in a quote)" : "")}");
        }

        if (result.Count > 0)
        {
            evidence["grievances"] = string.Join("; ", words);
            confidence["grievances"] = 0.6;
        }

        return result;
    }

    /// <summary>A sentence about earlier events elsewhere: "In November, 11 councillors quit the party in Burnley over Gaza."</summary>
    private static bool InBackgroundSentence(string text, int at)
    {
        var start = Math.Max(text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, at - 1)) + 1, 0);
        return BackgroundSentence().IsMatch(text[start..Math.Min(text.Length, at + 30)]);
    }

    [GeneratedRegex(@"^\s*(?:In\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|20\d\d)\b|Last\s+year|Earlier\s+this\s+year|Previously|Elsewhere)")]
    private static partial Regex BackgroundSentence();

    /// <summary>A synonym used in its everyday sense: "overall control", "the council's budget meeting".</summary>
    private static bool NotAGrievance(string text, Match m)
    {
        var around = text[Math.Max(0, m.Index - 25)..Math.Min(text.Length, m.Index + m.Length + 25)].ToLowerInvariant();
        var word = m.Value.ToLowerInvariant();
        return (word == "control" && (around.Contains("overall control", StringComparison.Ordinal) || around.Contains("control of", StringComparison.Ordinal)
                || around.Contains("in control", StringComparison.Ordinal) || around.Contains("lost control", StringComparison.Ordinal)))
            || (word == "direction" && !around.Contains("party", StringComparison.Ordinal) && !around.Contains("labour", StringComparison.Ordinal))
            || (word == "unitary" && (around.Contains("unitary council", StringComparison.Ordinal) || around.Contains("unitary authority's", StringComparison.Ordinal)))
            || (word == "culture" && around.Contains("culture secretary", StringComparison.Ordinal));
    }

    private static List<(int Start, int End)> QuotedSpans(string text) =>
        [.. QuoteText().Matches(text).Select(m => (m.Index, m.Index + m.Length))];

    private static List<DraftQuote> FindQuotes(string text, List<DraftCouncillor> councillors)
    {
        var result = new List<DraftQuote>();
        string? last = null;
        foreach (Match m in QuoteText().Matches(text))
        {
            var quote = m.Groups["q"].Value.Trim();
            if (quote.Split(' ').Length < 5)
            {
                continue;
            }

            var before = text[Math.Max(0, m.Index - 120)..m.Index];
            var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 80)];
            var speaker = SpeakerAfter().Match(after) is { Success: true } a ? a.Groups["who"].Value
                : SpeakerBefore().Match(before) is { Success: true } b ? b.Groups["who"].Value
                : null;
            if (speaker is "He" or "She" or "he" or "she" || speaker is null && SameSpeaker().IsMatch(before))
            {
                // "She said" before anyone has spoken: the one councillor the article names, if it names one.
                speaker = last ?? (councillors.Count == 1 ? councillors[0].Name : null);
            }

            speaker = Resolve(speaker, councillors, text);
            last = speaker ?? last;
            result.Add(new DraftQuote(speaker, quote));
        }

        return result;
    }

    /// <summary>A surname ("Peake told the BBC") as the full name the article gives it.</summary>
    private static string? Resolve(string? speaker, List<DraftCouncillor> councillors, string text)
    {
        if (speaker is null)
        {
            return null;
        }

        speaker = Regex.Replace(speaker, @"^(?:Cllr\.?|Councillor|Council leader|Leader)\s+", "", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (speaker.Contains(' ', StringComparison.Ordinal))
        {
            return speaker;
        }

        if (councillors.FirstOrDefault(c => c.Name.EndsWith(" " + speaker, StringComparison.Ordinal)) is { } councillor)
        {
            return councillor.Name;
        }

        var full = Regex.Match(text, @"\b[A-Z][a-z]+\s+" + Regex.Escape(speaker) + @"\b", RegexOptions.None, TimeSpan.FromSeconds(1));
        return full.Success ? full.Value : speaker;
    }

    // ---- new event or new source ----------------------------------------------------------------------------------

    private string? FindEvent(List<KnownCouncil> councils, List<DraftCouncillor> councillors, string? date, string precision,
        DateOnly? published, Dictionary<string, string> evidence, Dictionary<string, double> confidence)
    {
        var (from, to) = Range(date, precision, published);
        if (from is null || councils.Count == 0)
        {
            return null;
        }

        var slugs = councils.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var people = councillors.Select(c => c.Slug).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var best = knowledge.Events
            .Where(e => e.Councils.Any(slugs.Contains) && e.From is not null)
            .Where(e => e.From!.Value.AddDays(-MatchWindowDays) <= to && from <= (e.To ?? e.From.Value).AddDays(MatchWindowDays))
            .Select(e => (Event: e, Shared: e.Councillors.Count(people.Contains)))
            .Where(x => x.Shared > 0 || people.Count == 0)
            .OrderByDescending(x => x.Shared).ThenBy(x => Math.Abs(x.Event.From!.Value.DayNumber - from.Value.DayNumber))
            .FirstOrDefault();
        if (best.Event is null)
        {
            return null;
        }

        evidence["matchesEvent"] = $"same council, {best.Shared} councillor(s) in common, dated within {MatchWindowDays} days";
        confidence["matchesEvent"] = best.Shared > 0 ? 0.8 : 0.5;
        return best.Event.Id;
    }

    private static (DateOnly? From, DateOnly? To) Range(string? date, string precision, DateOnly? published)
    {
        if (date is null || date.StartsWith("--", StringComparison.Ordinal))
        {
            return published is { } p ? (p.AddDays(-MatchWindowDays), p) : (null, null);
        }

        var parsed = PartialDate.TryParse(date, precision == "month" ? DatePrecision.Month : DatePrecision.Day, out var d, out _) ? d : PartialDate.Unknown;
        return (parsed.Start, parsed.End);
    }

    // ---- text -----------------------------------------------------------------------------------------------------

    private static string Normalise(string text) => text.Replace('\u00a0', ' ').Replace("\r", "", StringComparison.Ordinal);

    [GeneratedRegex(@"(?i:\b(?:among\s+them|amongst\s+them|including|one\s+of\s+(?:them|the))\b)")]
    private static partial Regex SomeOfThem();

    [GeneratedRegex(@"(?i:\bjoin(?:ed|s|ing)?|\bdefect(?:ed|s|ing)?\s+to|\bswitch(?:ed|es|ing)?\s+to|\bcross(?:ed)?\s+the\s+floor\s+to|\bwent\s+over\s+to|\bmove(?:d|s)?\s+to)\s+(?:(?i:the)\s+)?(?<name>(?:[A-Z][\w'’-]*\s+){1,3}Party(?:\s+of\s+[A-Z][\w'’-]+)?)\b")]
    private static partial Regex UnknownPartyJoined();

    [GeneratedRegex(@"(?i:\bquit|\bquits|\bleft|\bleaves?|\bleaving|\bresign(?:ed|s|ing)?\s+from|\bdefect(?:ed|s|ing)?\s+from|\bsplit\s+from|\bbroke\s+away\s+from)\s+(?:(?i:the)\s+)?(?<name>(?:[A-Z][\w'’-]*\s+){1,3}Party(?:\s+of\s+[A-Z][\w'’-]+)?)\b")]
    private static partial Regex UnknownPartyLeft();

    [GeneratedRegex(@"(?i:county\s+councillors?)")]
    private static partial Regex CountyCouncillor();

    [GeneratedRegex(@"(?i:\b(?:form(?:ed|s|ing)?|set(?:ting)?\s+up|launch(?:ed|es|ing)?|creat(?:e|ed|es|ing)|(?:sit|sitting|serve)\s+as\s+(?:part\s+of|members\s+of)|as\s+part\s+of)\s+(?:a|an|the|their)?\s*(?:new\s+)?(?:(?:group|party|bloc)(?:,\s*|\s+(?:called|named|known\s+as)\s+))?(?:the\s+)?)(?<name>[A-Z][\w'’&-]*(?:\s+(?:&|and|of|[A-Z][\w'’&()-]*))*)")]
    private static partial Regex NewGroup();

    [GeneratedRegex(@"(?i:\bas\s+(?:an?\s+)?(?:group\s+of\s+)?independents?\b(?!\s+(?:group|party|alliance)))|(?i:\bnow\s+(?:listed\s+as\s+)?independents?\b(?!\s+(?:group|party)))|(?i:\bbecome\s+independents?\b)")]
    private static partial Regex SitAsIndependents();

    [GeneratedRegex(@"(?i:(?:entire|whole)\s+)(?<party>[A-Z][\w ]*?)\s+group(?:\s+of\s+(?<n>\d+|[a-z]+))?")]
    private static partial Regex WholeGroup();

    [GeneratedRegex(@"(?<![\w-])(?<n>\d{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|a\s+dozen|a\s+pair\s+of|a\s+trio\s+of|both))\s+(?:(?:(?i:more|other|former|sitting|serving|local|city|borough|district|county|town|parish|metropolitan|labour|conservative|tory|lib\s+dem|liberal\s+democrat|green|reform|snp|plaid|independent|ward|of\s+the|of\s+its|of\s+their|rebel|senior|veteran)|[A-Z][a-z][\w'’-]*)\s+){0,3}(?i:councillors)\b")]
    private static partial Regex CountPhrase();

    [GeneratedRegex(@"\b(?:(?i:on|last|this|since|from)\s+)?(?<word>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?i:yesterday|last\s+night|this\s+morning|this\s+afternoon|tonight|today))\b")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"(?i:elected|election|elections|won|gained|since|member\s+for|joined\s+(?:the\s+)?(?:party|labour)\s+in|until|born|previously|back\s+in|earlier\s+in|in\s+the\s+\w+\s+of)\W+(?:\w+\W+){0,3}$")]
    private static partial Regex BackgroundDate();

    [GeneratedRegex(@"(?i:told|said|says|spoke|announced)\W+(?:\w+\W+){0,3}$")]
    private static partial Regex ReportingDate();

    [GeneratedRegex(@"(?:\b[Cc]ouncillors?|\bCllrs?\.?|\b(?i:council\s+leader|group\s+leader|deputy\s+leader|leader))[,:]?[ ]+(?<list>(?:[A-Z][\w'’-]*\.?[ ]+){1,3}[A-Z][\w'’-]+(?:[ ]*\([^)]{2,60}\))?(?:[ ]*(?:,[ ]*(?:and[ ]+)?|[ ]+and[ ]+)(?:[A-Z][\w'’-]*\.?[ ]+){1,3}[A-Z][\w'’-]+(?:[ ]*\([^)]{2,60}\))?)*)")]
    private static partial Regex CouncillorList();

    [GeneratedRegex(@"^(?:Cllrs?\.?|Councillors?)\s+")]
    private static partial Regex CouncillorTitle();

    [GeneratedRegex(@"(?<name>(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+)(?:\s*\((?<ward>[^)]{2,60})\))?")]
    private static partial Regex NameWithWard();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\s+(?:[A-Z]\.?\s+)?(?:Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")]
    private static partial Regex PersonName();

    [GeneratedRegex(@"(?i:\bMP\b|\bMPs\b|member\s+of\s+parliament|prime\s+minister|minister|secretary|spokes(?:man|woman|person)|chair(?:man|woman)?\s+of|opposition|mayor|\bSir\b|\bDame\b|\bLord\b|\bLady\b|candidate|agent|officer|chief\s+executive|professor|activist|residents?|constituent|his\s+wife|her\s+husband|campaigner)\W+(?:\w+\W+){0,2}$")]
    private static partial Regex OtherRole();

    [GeneratedRegex(@"^(?:[A-Z][\w'’-]*\s*){1,3},\s+(?:the\s+)?(?i:MP|an?\s+MP|Labour\s+MP|the\s+MP|mayor|minister|spokes\w+|chair\w*|a\s+resident|leader\s+of\s+the\s+(?:opposition|Conservative|Lib|Green|Reform))")]
    private static partial Regex OtherRoleAfter();

    [GeneratedRegex(@"(?i:disappointed|sorry\s+to|regret|welcomed|criticised|condemned|accused|would\s+contest|broken\s+the\s+rules|showed|responded)")]
    private static partial Regex Reaction();

    [GeneratedRegex(@"(?i:\b(?:quit|quits|left|leave|leaving|resign\w*|defect\w*|join\w*|switch\w*|crossed|form\w*|sit\s+as|among\s+them|including)\b)")]
    private static partial Regex Departure();

    [GeneratedRegex(@"[“""](?<q>[^”""]{10,600})[”""]")]
    private static partial Regex QuoteText();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:said|says|added|explained|told\s+[^,.]{2,40})\s+(?<who>(?:Cllr\.?\s+|Councillor\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})|(?<who>(?:Cllr\.?\s+|Councillor\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:said|says|added|explained))")]
    private static partial Regex SpeakerAfter();

    [GeneratedRegex(@"(?<who>(?:Cllr\.?\s+|Councillor\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|\b[Hh]e|\b[Ss]he)\s+(?:said|says|added|explained|told\s+[^:“""]{2,40}|wrote|posted)[^“""]{0,30}[:,]?\s*$")]
    private static partial Regex SpeakerBefore();

    [GeneratedRegex(@"(?i:\b(?:he|she)\s+(?:added|continued|went\s+on)\b)[^“""]*$")]
    private static partial Regex SameSpeaker();
}
