using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Timeline;

public class TimelineController(TimelineQuery timeline, PageCitations citations, TimeProvider clock, ILogger<TimelineController> logger) : Controller
{
    /// <summary>Polling day of the 2024 general election, the start of the "since the election" preset.</summary>
    public const string GeneralElection2024 = "2024-07-04";

    /// <summary>A party's losses over time (Labour unless <c>?party=</c> says otherwise), filtered by GET parameters.</summary>
    [HttpGet("/timeline")]
    public async Task<IActionResult> Index(string? party, string? from, string? to, string? area, string? grievance,
        string? destination, CancellationToken ct, int page = 1)
    {
        var slug = PartySlug(party);
        switch (await GetAsync(slug, new(from, to, area, grievance, destination), ct))
        {
            case TimelineResult.Found found when ModelState.IsValid && page >= 1 && page <= found.Page.TablePageCount:
                return View(found.Page with { TablePage = page, Citation = Cite(found.Page), Presets = Presets(found.Page.Form) });
            case TimelineResult.Found found:
                logger.LogWarning("Timeline page {Page} is not a page of the table", Request.Query["page"].ToString());
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("BadFilter", new TimelineBadFilterViewModel(slug,
                    [new FilterProblem("page", $"page must be a whole number from 1 to {found.Page.TablePageCount}.")]));
            case TimelineResult.BadFilter bad:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("BadFilter", new TimelineBadFilterViewModel(slug, bad.Problems));
            default:
                return NotFound();
        }
    }

    /// <summary>The timeline's running-total chart as a standalone SVG: the same filters as /timeline, read by the same code.</summary>
    [HttpGet("/timeline.svg")]
    public async Task<IActionResult> Svg(string? party, string? from, string? to, string? area, string? grievance,
        string? destination, CancellationToken ct)
    {
        var slug = PartySlug(party);
        switch (await GetAsync(slug, new(from, to, area, grievance, destination), ct))
        {
            case TimelineResult.Found found:
                var ids = found.Page.Entries.Select(e => e.DefectionId).ToList();
                var credit = await citations.CreditAsync(Request, TimelinePath(found.Page), await citations.PublishersOfDefectionsAsync(ids, ct), ct);
                var result = View("TimelineSvg", new TimelineSvgViewModel(found.Page, credit));
                result.ContentType = "image/svg+xml; charset=utf-8";
                return result;
            case TimelineResult.BadFilter bad:
                return BadRequests.Problem(this, logger, "The timeline's filters could not be used",
                    [.. bad.Problems.Select(p => new FieldProblem(p.Parameter, p.Message))]);
            default:
                return NotFound();
        }
    }

    [HttpGet("/api/timeline")]
    [ProducesResponseType<TimelineApiViewModel>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> Api(string? party, string? from, string? to, string? area, string? grievance,
        string? destination, CancellationToken ct)
    {
        var slug = PartySlug(party);
        switch (await GetAsync(slug, new(from, to, area, grievance, destination), ct))
        {
            case TimelineResult.Found found:
                return Ok(TimelineApiViewModel.From(found.Page));
            case TimelineResult.BadFilter bad:
                if (ModelState.IsValid)
                {
                    foreach (var problem in bad.Problems)
                    {
                        ModelState.AddModelError(problem.Parameter, problem.Message);
                    }
                }

                return ValidationProblem(
                    detail: string.Join("; ", bad.Problems.Select(p => p.Message)),
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "The timeline's filters could not be used",
                    modelStateDictionary: ModelState);
            default:
                return Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Party not found",
                    detail: $"There is no party '{slug}' in the record.");
        }
    }

    /// <summary>The page's address with its filters (not the table's page), for the citation and the chart's source line.</summary>
    private static string TimelinePath(TimelineViewModel page) => "/timeline" + page.Form.Query;

    private PageCitationViewModel Cite(TimelineViewModel page) => citations.Cite(
        Request,
        $"Timeline of councillors leaving {page.Party.Name}",
        TimelinePath(page),
        page.Summary,
        "/timeline.svg" + page.Form.Query);

    private List<TimelinePresetViewModel> Presets(TimelineFormViewModel form)
    {
        var thisYear = $"{clock.GetUtcNow().Year:D4}-01-01";
        return
        [
            .. new[] { ("Since the 2024 general election", GeneralElection2024), ("This year", thisYear) }
                .Select(p => new TimelinePresetViewModel(p.Item1, p.Item2, "/timeline" + form.QueryWith(p.Item2, null),
                    form.From == p.Item2 && form.To is null)),
        ];
    }

    private static string PartySlug(string? party) =>
        string.IsNullOrWhiteSpace(party) ? TimelineQuery.DefaultParty : party.Trim().ToLowerInvariant();

    private async Task<TimelineResult> GetAsync(string slug, TimelineFilterInput input, CancellationToken ct)
    {
        var (filter, problems) = TimelineFilter.Parse(input);
        if (!ModelState.IsValid)
        {
            problems = [.. ModelState.Where(m => m.Value?.Errors.Count > 0)
                .Select(m => new FilterProblem(m.Key, $"{m.Key}: {m.Value!.Errors[0].ErrorMessage}"))];
        }

        var result = filter is null || problems.Count > 0
            ? new TimelineResult.BadFilter(problems)
            : await timeline.GetAsync(slug, filter, ct);
        switch (result)
        {
            case TimelineResult.BadFilter bad:
                logger.LogWarning("Timeline filters rejected for {Party}: {Problems}", slug, string.Join("; ", bad.Problems.Select(p => p.Message)));
                break;
            case TimelineResult.PartyNotFound:
                logger.LogWarning("Timeline asked for unknown party {Party}", slug);
                break;
        }

        return result;
    }
}
