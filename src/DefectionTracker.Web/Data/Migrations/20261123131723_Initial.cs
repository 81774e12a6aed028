using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefectionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Councillors",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councillors", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Councils",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GssCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    TotalSeats = table.Column<int>(type: "INTEGER", nullable: true),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councils", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Grievances",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Synonyms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grievances", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Parties",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    ColourSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ElectoralCommissionId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parties", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "SeedStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TitleInferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SeedArticle = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedStart = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Defections",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FromPartySlug = table.Column<string>(type: "TEXT", nullable: false),
                    ToPartySlug = table.Column<string>(type: "TEXT", nullable: true),
                    CouncillorCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DatePrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    DateStart = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Defections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Defections_Parties_FromPartySlug",
                        column: x => x.FromPartySlug,
                        principalTable: "Parties",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Defections_Parties_ToPartySlug",
                        column: x => x.ToPartySlug,
                        principalTable: "Parties",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Affiliations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncillorSlug = table.Column<string>(type: "TEXT", nullable: false),
                    PartySlug = table.Column<string>(type: "TEXT", nullable: false),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    FromPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ToPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    ToStart = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Affiliations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Affiliations_Councillors_CouncillorSlug",
                        column: x => x.CouncillorSlug,
                        principalTable: "Councillors",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Affiliations_Parties_PartySlug",
                        column: x => x.PartySlug,
                        principalTable: "Parties",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Affiliations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Compositions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CouncilSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AsOfPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOfStart = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Compositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Compositions_Councils_CouncilSlug",
                        column: x => x.CouncilSlug,
                        principalTable: "Councils",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Compositions_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSources",
                columns: table => new
                {
                    CouncilSlug = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSources", x => new { x.CouncilSlug, x.SourceId });
                    table.ForeignKey(
                        name: "FK_CouncilSources_Councils_CouncilSlug",
                        column: x => x.CouncilSlug,
                        principalTable: "Councils",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CouncilSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Seats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncillorSlug = table.Column<string>(type: "TEXT", nullable: false),
                    CouncilSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Ward = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    FromPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ToPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    ToStart = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Seats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Seats_Councillors_CouncillorSlug",
                        column: x => x.CouncillorSlug,
                        principalTable: "Councillors",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Seats_Councils_CouncilSlug",
                        column: x => x.CouncilSlug,
                        principalTable: "Councils",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Seats_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DefectionCouncillors",
                columns: table => new
                {
                    DefectionId = table.Column<string>(type: "TEXT", nullable: false),
                    CouncillorSlug = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefectionCouncillors", x => new { x.DefectionId, x.CouncillorSlug });
                    table.ForeignKey(
                        name: "FK_DefectionCouncillors_Councillors_CouncillorSlug",
                        column: x => x.CouncillorSlug,
                        principalTable: "Councillors",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DefectionCouncillors_Defections_DefectionId",
                        column: x => x.DefectionId,
                        principalTable: "Defections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DefectionCouncils",
                columns: table => new
                {
                    DefectionId = table.Column<string>(type: "TEXT", nullable: false),
                    CouncilSlug = table.Column<string>(type: "TEXT", nullable: false),
                    SeatsChanged = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefectionCouncils", x => new { x.DefectionId, x.CouncilSlug });
                    table.ForeignKey(
                        name: "FK_DefectionCouncils_Councils_CouncilSlug",
                        column: x => x.CouncilSlug,
                        principalTable: "Councils",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DefectionCouncils_Defections_DefectionId",
                        column: x => x.DefectionId,
                        principalTable: "Defections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DefectionCouncils_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DefectionGrievances",
                columns: table => new
                {
                    DefectionId = table.Column<string>(type: "TEXT", nullable: false),
                    GrievanceSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Attribution = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefectionGrievances", x => new { x.DefectionId, x.GrievanceSlug });
                    table.ForeignKey(
                        name: "FK_DefectionGrievances_Defections_DefectionId",
                        column: x => x.DefectionId,
                        principalTable: "Defections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DefectionGrievances_Grievances_GrievanceSlug",
                        column: x => x.GrievanceSlug,
                        principalTable: "Grievances",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DefectionGrievances_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DefectionSources",
                columns: table => new
                {
                    DefectionId = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefectionSources", x => new { x.DefectionId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_DefectionSources_Defections_DefectionId",
                        column: x => x.DefectionId,
                        principalTable: "Defections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DefectionSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Quotes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DefectionId = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SpeakerCouncillorSlug = table.Column<string>(type: "TEXT", nullable: true),
                    SpeakerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SpeakerRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Quotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Quotes_Councillors_SpeakerCouncillorSlug",
                        column: x => x.SpeakerCouncillorSlug,
                        principalTable: "Councillors",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Quotes_Defections_DefectionId",
                        column: x => x.DefectionId,
                        principalTable: "Defections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Quotes_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportedCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DefectionId = table.Column<string>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportedCounts_Defections_DefectionId",
                        column: x => x.DefectionId,
                        principalTable: "Defections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportedCounts_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompositionSeats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompositionId = table.Column<string>(type: "TEXT", nullable: false),
                    PartySlug = table.Column<string>(type: "TEXT", nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompositionSeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompositionSeats_Compositions_CompositionId",
                        column: x => x.CompositionId,
                        principalTable: "Compositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompositionSeats_Parties_PartySlug",
                        column: x => x.PartySlug,
                        principalTable: "Parties",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_CouncillorSlug",
                table: "Affiliations",
                column: "CouncillorSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_PartySlug",
                table: "Affiliations",
                column: "PartySlug");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_SourceId",
                table: "Affiliations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Compositions_CouncilSlug",
                table: "Compositions",
                column: "CouncilSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Compositions_SourceId",
                table: "Compositions",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CompositionSeats_CompositionId_PartySlug",
                table: "CompositionSeats",
                columns: new[] { "CompositionId", "PartySlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompositionSeats_PartySlug",
                table: "CompositionSeats",
                column: "PartySlug");

            migrationBuilder.CreateIndex(
                name: "IX_Councils_Area",
                table: "Councils",
                column: "Area");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSources_SourceId",
                table: "CouncilSources",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_DefectionCouncillors_CouncillorSlug",
                table: "DefectionCouncillors",
                column: "CouncillorSlug");

            migrationBuilder.CreateIndex(
                name: "IX_DefectionCouncils_CouncilSlug",
                table: "DefectionCouncils",
                column: "CouncilSlug");

            migrationBuilder.CreateIndex(
                name: "IX_DefectionCouncils_SourceId",
                table: "DefectionCouncils",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_DefectionGrievances_GrievanceSlug",
                table: "DefectionGrievances",
                column: "GrievanceSlug");

            migrationBuilder.CreateIndex(
                name: "IX_DefectionGrievances_SourceId",
                table: "DefectionGrievances",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Defections_FromPartySlug",
                table: "Defections",
                column: "FromPartySlug");

            migrationBuilder.CreateIndex(
                name: "IX_Defections_ToPartySlug",
                table: "Defections",
                column: "ToPartySlug");

            migrationBuilder.CreateIndex(
                name: "IX_DefectionSources_SourceId",
                table: "DefectionSources",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_DefectionId",
                table: "Quotes",
                column: "DefectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SourceId",
                table: "Quotes",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_SpeakerCouncillorSlug",
                table: "Quotes",
                column: "SpeakerCouncillorSlug");

            migrationBuilder.CreateIndex(
                name: "IX_ReportedCounts_DefectionId",
                table: "ReportedCounts",
                column: "DefectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportedCounts_SourceId",
                table: "ReportedCounts",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Seats_CouncillorSlug",
                table: "Seats",
                column: "CouncillorSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Seats_CouncilSlug",
                table: "Seats",
                column: "CouncilSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Seats_SourceId",
                table: "Seats",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Affiliations");

            migrationBuilder.DropTable(
                name: "CompositionSeats");

            migrationBuilder.DropTable(
                name: "CouncilSources");

            migrationBuilder.DropTable(
                name: "DefectionCouncillors");

            migrationBuilder.DropTable(
                name: "DefectionCouncils");

            migrationBuilder.DropTable(
                name: "DefectionGrievances");

            migrationBuilder.DropTable(
                name: "DefectionSources");

            migrationBuilder.DropTable(
                name: "Quotes");

            migrationBuilder.DropTable(
                name: "ReportedCounts");

            migrationBuilder.DropTable(
                name: "Seats");

            migrationBuilder.DropTable(
                name: "SeedStates");

            migrationBuilder.DropTable(
                name: "Compositions");

            migrationBuilder.DropTable(
                name: "Grievances");

            migrationBuilder.DropTable(
                name: "Defections");

            migrationBuilder.DropTable(
                name: "Councillors");

            migrationBuilder.DropTable(
                name: "Councils");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Parties");
        }
    }
}
