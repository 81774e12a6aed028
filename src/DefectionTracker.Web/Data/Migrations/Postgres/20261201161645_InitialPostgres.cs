using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DefectionTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Councillors",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councillors", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Councils",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GssCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    TotalSeats = table.Column<int>(type: "integer", nullable: true),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councils", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Grievances",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Synonyms = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grievances", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Parties",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Colour = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    ColourSource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ElectoralCommissionId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parties", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "RegisteredCouncils",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AlternativeNames = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    GssCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    FormerGssCodes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Nation = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    County = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplacedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisteredCouncils", x => x.Slug);
                });

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BeforeJson = table.Column<string>(type: "text", nullable: true),
                    AfterJson = table.Column<string>(type: "text", nullable: true),
                    BaseVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SourceId = table.Column<string>(type: "text", nullable: true),
                    AuthorId = table.Column<string>(type: "text", nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SuggesterContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewerId = table.Column<string>(type: "text", nullable: true),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RevertOf = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeedStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DataVersion = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HeadlineInferred = table.Column<bool>(type: "boolean", nullable: false),
                    ReadVia = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OriginalUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MirrorUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SeedArticle = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PublishedPrecision = table.Column<int>(type: "integer", nullable: false),
                    PublishedStart = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Affiliations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CouncillorSlug = table.Column<string>(type: "character varying(120)", nullable: false),
                    PartySlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    EndReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    SourceId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    FromPrecision = table.Column<int>(type: "integer", nullable: false),
                    FromStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ToPrecision = table.Column<int>(type: "integer", nullable: false),
                    ToStart = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    CouncilSlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    After = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(120)", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AsOfPrecision = table.Column<int>(type: "integer", nullable: false),
                    AsOfStart = table.Column<DateOnly>(type: "date", nullable: true)
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
                    CouncilSlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    SourceId = table.Column<string>(type: "character varying(120)", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CouncillorSlug = table.Column<string>(type: "character varying(120)", nullable: false),
                    CouncilSlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    Ward = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SourceId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    FromPrecision = table.Column<int>(type: "integer", nullable: false),
                    FromStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ToPrecision = table.Column<int>(type: "integer", nullable: false),
                    ToStart = table.Column<DateOnly>(type: "date", nullable: true)
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
                name: "Defections",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DateWithoutYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DateDerived = table.Column<bool>(type: "boolean", nullable: false),
                    DateBasis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StoryId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ToGroupNotKnown = table.Column<bool>(type: "boolean", nullable: false),
                    After = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FromPartySlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    ToPartySlug = table.Column<string>(type: "character varying(80)", nullable: true),
                    CouncillorCount = table.Column<int>(type: "integer", nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Verification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DatePrecision = table.Column<int>(type: "integer", nullable: false),
                    DateStart = table.Column<DateOnly>(type: "date", nullable: true),
                    NotAfterPrecision = table.Column<int>(type: "integer", nullable: false),
                    NotAfterStart = table.Column<DateOnly>(type: "date", nullable: true),
                    NotBeforePrecision = table.Column<int>(type: "integer", nullable: false),
                    NotBeforeStart = table.Column<DateOnly>(type: "date", nullable: true),
                    OrderDatePrecision = table.Column<int>(type: "integer", nullable: false),
                    OrderDateStart = table.Column<DateOnly>(type: "date", nullable: true)
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
                    table.ForeignKey(
                        name: "FK_Defections_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StorySources",
                columns: table => new
                {
                    StoryId = table.Column<string>(type: "character varying(120)", nullable: false),
                    SourceId = table.Column<string>(type: "character varying(120)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StorySources", x => new { x.StoryId, x.SourceId });
                    table.ForeignKey(
                        name: "FK_StorySources_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StorySources_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompositionSeats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompositionId = table.Column<string>(type: "character varying(120)", nullable: false),
                    PartySlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Administrations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    CouncilSlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AfterDefectionId = table.Column<string>(type: "character varying(120)", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LeaderPartySlug = table.Column<string>(type: "character varying(80)", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FromPrecision = table.Column<int>(type: "integer", nullable: false),
                    FromStart = table.Column<DateOnly>(type: "date", nullable: true)
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
                name: "DefectionCouncillors",
                columns: table => new
                {
                    DefectionId = table.Column<string>(type: "character varying(120)", nullable: false),
                    CouncillorSlug = table.Column<string>(type: "character varying(120)", nullable: false),
                    OwnDestination = table.Column<bool>(type: "boolean", nullable: false),
                    ToPartySlug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    ToGroupNotKnown = table.Column<bool>(type: "boolean", nullable: false),
                    DestinationSourceId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
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
                    table.ForeignKey(
                        name: "FK_DefectionCouncillors_Parties_ToPartySlug",
                        column: x => x.ToPartySlug,
                        principalTable: "Parties",
                        principalColumn: "Slug",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DefectionCouncillors_Sources_DestinationSourceId",
                        column: x => x.DestinationSourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DefectionCouncils",
                columns: table => new
                {
                    DefectionId = table.Column<string>(type: "character varying(120)", nullable: false),
                    CouncilSlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    SeatsChanged = table.Column<int>(type: "integer", nullable: true),
                    SourceId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true)
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
                    DefectionId = table.Column<string>(type: "character varying(120)", nullable: false),
                    GrievanceSlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    Attribution = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    SourceIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CouncillorSlugs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
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
                    DefectionId = table.Column<string>(type: "character varying(120)", nullable: false),
                    SourceId = table.Column<string>(type: "character varying(120)", nullable: false)
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
                    Id = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DefectionId = table.Column<string>(type: "character varying(120)", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SpeakerCouncillorSlug = table.Column<string>(type: "character varying(120)", nullable: true),
                    SpeakerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SpeakerRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SourceId = table.Column<string>(type: "character varying(120)", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DefectionId = table.Column<string>(type: "character varying(120)", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<string>(type: "character varying(120)", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                name: "AdministrationParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AdministrationId = table.Column<string>(type: "character varying(120)", nullable: false),
                    PartySlug = table.Column<string>(type: "character varying(80)", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
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
                    AdministrationId = table.Column<string>(type: "character varying(120)", nullable: false),
                    SourceId = table.Column<string>(type: "character varying(120)", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_CouncillorSlug_PartySlug",
                table: "Affiliations",
                columns: new[] { "CouncillorSlug", "PartySlug" });

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_PartySlug",
                table: "Affiliations",
                column: "PartySlug");

            migrationBuilder.CreateIndex(
                name: "IX_Affiliations_SourceId",
                table: "Affiliations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_Hash",
                table: "ApiTokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_UserId",
                table: "ApiTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

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
                name: "IX_DefectionCouncillors_DestinationSourceId",
                table: "DefectionCouncillors",
                column: "DestinationSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_DefectionCouncillors_ToPartySlug",
                table: "DefectionCouncillors",
                column: "ToPartySlug");

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
                name: "IX_Defections_Sequence",
                table: "Defections",
                column: "Sequence");

            migrationBuilder.CreateIndex(
                name: "IX_Defections_StoryId",
                table: "Defections",
                column: "StoryId");

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
                name: "IX_RegisteredCouncils_GssCode",
                table: "RegisteredCouncils",
                column: "GssCode");

            migrationBuilder.CreateIndex(
                name: "IX_ReportedCounts_DefectionId",
                table: "ReportedCounts",
                column: "DefectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportedCounts_SourceId",
                table: "ReportedCounts",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_Kind_RecordId_Id",
                table: "Revisions",
                columns: new[] { "Kind", "RecordId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_Status_Id",
                table: "Revisions",
                columns: new[] { "Status", "Id" });

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

            migrationBuilder.CreateIndex(
                name: "IX_StorySources_SourceId",
                table: "StorySources",
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
                name: "Affiliations");

            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "CompositionSeats");

            migrationBuilder.DropTable(
                name: "CouncilSources");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

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
                name: "RegisteredCouncils");

            migrationBuilder.DropTable(
                name: "ReportedCounts");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropTable(
                name: "Seats");

            migrationBuilder.DropTable(
                name: "SeedStates");

            migrationBuilder.DropTable(
                name: "StorySources");

            migrationBuilder.DropTable(
                name: "Administrations");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Compositions");

            migrationBuilder.DropTable(
                name: "Grievances");

            migrationBuilder.DropTable(
                name: "Councillors");

            migrationBuilder.DropTable(
                name: "Defections");

            migrationBuilder.DropTable(
                name: "Councils");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Parties");

            migrationBuilder.DropTable(
                name: "Stories");
        }
    }
}
