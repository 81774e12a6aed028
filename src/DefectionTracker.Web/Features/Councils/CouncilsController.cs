using DefectionTracker.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace DefectionTracker.Web.Features.Councils;

public class CouncilsController(
    CouncilApiQuery api,
    CouncilListQuery list,
    CouncilPageQuery page,
    CouncilRegisterQuery register,
    PageCitations citations,
    ILogger<CouncilsController> logger) : Controller
{
    public const string SvgContentType = "image/svg+xml; charset=utf-8";

    [HttpGet("/councils")]
    public async Task<IActionResult> Index(string? sort, bool? changed, string? party, string? area, bool? all, CancellationToken ct)
    {
        var vm = await list.GetAsync(sort, changed ?? false, party, area, ct);
        vm = vm with
        {
            ShowAll = all == true,
            RegisterCount = await register.CountAsync(ct),
            Unrecorded = all == true && vm.Error is null ? await register.ListUnrecordedAsync(ct) : [],
        };
        if (!ModelState.IsValid)
        {
            vm = vm with { Error = "\"changed\" must be true or false.", Rows = [] };
        }

        if (vm.Error is not null)
        {
            logger.LogWarning("Bad council list request: {Problem}", vm.Error);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(vm);
    }

    /// <summary>
    /// A council's page; its defections are shown <see cref="CouncilPageQuery.EventsPerPage"/> at a time in full,
    /// <paramref name="events"/> choosing the page (1 by default).
    /// </summary>
    [HttpGet("/councils/{slug}")]
    public async Task<IActionResult> Show(string slug, int? events, CancellationToken ct)
    {
        if (!ModelState.IsValid || events < 1)
        {
            return BadRequests.Page(this, logger, [new FieldProblem("events", "events must be a whole number, 1 or more")]);
        }

        var facts = await register.GetAsync(slug, ct);
        if (await page.GetAsync(slug, ct, events ?? 1) is { } vm)
        {
            if (new PageRequest(vm.EventsPage.Page, CouncilPageQuery.EventsPerPage).IsPastEnd(vm.EventsPage.Total))
            {
                var (n, info) = (vm.EventsPage.Page, vm.EventsPage);
                return BadRequests.Page(this, logger,
                [
                    new FieldProblem("events", $"There is no page {n} of this council's defections (events={n}): "
                        + $"{Wording.Count(info.Total, "defection", "defections")}, {Wording.Count(info.PageCount, "page", "pages")} of {info.PageSize}."),
                ]);
            }

            return View(vm with
            {
                Register = facts,
                Citation = citations.Cite(Request, vm.Name, $"/councils/{Uri.EscapeDataString(vm.Slug)}", vm.Story, vm.SeatsSvgPath("after")),
                SiteUrl = citations.Url(Request, ""),
            });
        }

        // A council the register knows but the record does not: its page says so instead of a 404.
        return facts is not null ? View("Registered", facts) : NotFound();
    }

    /// <summary>One moment's seats (<c>?when=before</c> or <c>after</c>, the default) as a standalone SVG with its source line.</summary>
    [HttpGet("/councils/{slug}/seats.svg")]
    public async Task<IActionResult> SeatsSvg(string slug, string? when, CancellationToken ct)
    {
        var request = new SeatsSvgRequest(when);
        if (BadRequests.Check(ModelState, request) is { Count: > 0 } problems)
        {
            return BadRequests.Problem(this, logger, "Invalid chart request", problems);
        }

        if (await page.GetAsync(slug, ct) is not { } vm)
        {
            logger.LogWarning("Seat chart asked for unknown council {Council}", slug);
            return NotFound();
        }

        var chart = request.IsAfter ? vm.Now : vm.Before;
        var credit = await citations.CreditAsync(Request, $"/councils/{Uri.EscapeDataString(vm.Slug)}", vm.PublishersOf(chart), ct);
        var result = View("SeatsSvg", new CouncilSeatsSvgViewModel(vm.Name, chart, credit));
        result.ContentType = SvgContentType;
        return result;
    }

    /// <summary>The before-and-now charts for another site's page: the one kind of page that may be framed.</summary>
    [HttpGet("/embed/councils/{slug}")]
    public async Task<IActionResult> Embed(string slug, CancellationToken ct)
    {
        if (await page.GetAsync(slug, ct) is not { } vm)
        {
            logger.LogWarning("Embed asked for unknown council {Council}", slug);
            return NotFound();
        }

        var publishers = vm.PublishersOf(vm.Before).Concat(vm.PublishersOf(vm.Now));
        var credit = await citations.CreditAsync(Request, $"/councils/{Uri.EscapeDataString(vm.Slug)}", publishers, ct);
        return View("Embed", new CouncilEmbedViewModel(vm, credit));
    }

    [HttpGet("/api/councils")]
    [ProducesResponseType<List<CouncilApiItem>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiList(CancellationToken ct) => Ok(await api.ListAsync(ct));

    [HttpGet("/api/councils/{slug}")]
    [ProducesResponseType<CouncilApiItem>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [DataETag]
    public async Task<IActionResult> ApiGet(string slug, CancellationToken ct) =>
        await api.GetAsync(slug, ct) is { } item
            ? Ok(item)
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Council not found", detail: $"There is no council with the slug '{slug}'.");
}
