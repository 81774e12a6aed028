using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefectionTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Administrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Administrations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CouncilSlug = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AfterDefectionId = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LeaderPartySlug = table.Column<string>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FromPrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStart = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Administrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Administrations_Councils_CouncilSlug",
                        column: x => x.CouncilSlug,
                        principalTable: "Councils",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Administrations_Defections_AfterDefectionId",
                        column: x => x.AfterDefectionId,
                        principalTable: "Defections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Administrations_Parties_LeaderPartySlug",
                        column: x => x.LeaderPartySlug,
                        principalTable: "Parties",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdministrationParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdministrationId = table.Column<string>(type: "TEXT", nullable: false),
                    PartySlug = table.Column<string>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrationParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdministrationParties_Administrations_AdministrationId",
                        column: x => x.AdministrationId,
                        principalTable: "Administrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdministrationParties_Parties_PartySlug",
                        column: x => x.PartySlug,
                        principalTable: "Parties",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdministrationSources",
                columns: table => new
                {
                    AdministrationId = table.Column<string>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdministrationSources", x => new { x.AdministrationId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_AdministrationSources_Administrations_AdministrationId",
                        column: x => x.AdministrationId,
                        principalTable: "Administrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdministrationSources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrationParties_AdministrationId_PartySlug",
                table: "AdministrationParties",
                columns: new[] { "AdministrationId", "PartySlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdministrationParties_PartySlug",
                table: "AdministrationParties",
                column: "PartySlug");

            migrationBuilder.CreateIndex(
                name: "IX_Administrations_AfterDefectionId",
                table: "Administrations",
                column: "AfterDefectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Administrations_CouncilSlug",
                table: "Administrations",
                column: "CouncilSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Administrations_LeaderPartySlug",
                table: "Administrations",
                column: "LeaderPartySlug");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrationSources_SourceId",
                table: "AdministrationSources",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdministrationParties");

            migrationBuilder.DropTable(
                name: "AdministrationSources");

            migrationBuilder.DropTable(
                name: "Administrations");
        }
    }
}
