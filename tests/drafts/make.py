# One-off: writes the annotated corpus (NAME.txt + NAME.json). Kept so the annotations can be read beside the texts.
import json, os
A = []
def a(folder, name, text, published, councils, count, frm, to, date, councillors, grievances, notes=None):
    A.append((folder, name, text.strip() + "\n", dict(published=published, url=None, councils=councils, councillorCount=count,
        fromParty=frm, toParty=to, date=date, councillors=[dict(name=n, slug=s) for n, s in councillors], grievances=grievances, notes=notes)))

# ---------- tuning set: the rules were adjusted while reading these ----------
a("tuning", "t01-broxtowe-twenty", """
Broxtowe council leader among twenty who quit Labour

Twenty Labour councillors on Broxtowe Borough Council in Nottinghamshire left the party on 2 January 2025, the council leader Milan Radulovic among them. They will form a new group, Broxtowe Independents.

The group said the party had lost its way under Keir Starmer, and singled out the cut to the winter fuel allowance, dearer bus fares and the plan to replace two-tier councils with large unitary authorities. Radulovic said the plans for "super councils" amounted to "nothing short of a dictatorship".

One councillor, Ross Bofinger, shared a picture of his membership card cut in half.
""", "2025-01-03", ["broxtowe"], 20, "labour", "broxtowe-independents", "2025-01-02",
  [("Milan Radulovic", "milan-radulovic"), ("Ross Bofinger", "ross-bofinger")],
  ["leadership-direction", "winter-fuel-payment", "bus-fares", "local-government-reorganisation"],
  "Rewritten from seed article 000: the facts of the 2 January 2025 Broxtowe event, not its words.")

a("tuning", "t02-pendle-twenty", """
Twenty Lancashire councillors resign from Labour

TWENTY councillors in Lancashire have resigned from Labour, saying the party under Keir Starmer no longer speaks for them. Each of them sits on Pendle Borough Council, Nelson Town Council or Brierfield Town Council, and they say they will now serve as independents.

Councillor Mohammed Iqbal told BBC North West on Monday that the national party wanted "to control who can stand where and when".
Councillor Asjad Mahmood said he had been elected by local residents to speak for them in the chamber.

In November, 11 councillors quit the party in Burnley over Gaza.
""", "2024-04-09", ["pendle", "nelson-town", "brierfield-town"], 20, "labour", "independent", "2024-04",
  [("Mohammed Iqbal", "mohammed-iqbal"), ("Asjad Mahmood", "asjad-mahmood")],
  ["leadership-direction", "candidate-selection", "internal-democracy"],
  "Rewritten from seed article 002. The date is the month of publication: the text gives none for the resignations (Monday is when Iqbal spoke).")

a("tuning", "t03-humberstone", """
Labour councillors in Humberstone defect over Gaza

Several councillors in Humberstone have left Labour to sit as independents. They blamed the party's position on the war in Gaza and what they called the lack of internal democracy in Labour, where, they said, dissent is no longer tolerated.
""", None, [], None, "labour", "independent", None, [], ["gaza", "internal-democracy"],
  "Rewritten from seed article 001 (unverified): no council, number or date is given.")

a("tuning", "t06-thurrock-reform", """
Two Thurrock Conservatives defect to Reform UK

Two Conservative councillors on Thurrock Council defected to Reform UK on Tuesday, leaving the Tories with a shrinking group in the chamber.

Cllr Gary Hollis and Cllr Dawn Marsh said they could no longer defend "another year of council tax rises while services are cut".

Reform's regional organiser Tom Baxter welcomed the pair and said more would follow.
""", "2025-06-12", ["thurrock"], 2, "conservative", "reform-uk", "2025-06-10",
  [("Gary Hollis", None), ("Dawn Marsh", None)], ["council-budget-cuts"])

a("tuning", "t07-stroud-green", """
Stroud Lib Dem councillor joins the Greens

Councillor Helen Prior, who represents Nailsworth on Stroud District Council, has left the Liberal Democrats and joined the Green Party.

She made the switch on 3 March 2025 and said: "The Greens are the only party taking the climate emergency seriously in this district."
""", "2025-03-05", ["stroud"], 1, "liberal-democrats", "green", "2025-03-03", [("Helen Prior", None)], [])

a("tuning", "t08-hastings-entire-group", """
Hastings Labour group resigns en masse

The entire Labour group of seven on Hastings Borough Council resigned from the party in February 2024 and will sit as independents.

In a joint statement they said Labour's refusal to call for a ceasefire in Gaza had left them no choice.
""", "2024-02-20", ["hastings"], 7, "labour", "independent", "2024-02", [], ["gaza"])

a("tuning", "t09-hyndburn-county", """
Six Hyndburn councillors quit Labour, one a county councillor

Six Labour councillors on Hyndburn Borough Council have quit the party, one of whom is also a Lancashire county councillor.

Councillors Rafiq Ahmed, Julie Booth and Terry Nolan were among those who left on 18 November 2023. They will sit as independents. Mr Ahmed said the national leadership had "stopped listening to members".
""", "2023-11-20", ["hyndburn", "lancashire"], 6, "labour", "independent", "2023-11-18",
  [("Rafiq Ahmed", None), ("Julie Booth", None), ("Terry Nolan", None)], [])

a("tuning", "t10-sunderland-yesterday", """
Two Sunderland councillors defect to Reform

Two Labour councillors on Sunderland City Council defected to Reform UK yesterday.

Councillors Paul Edgar and Lisa Hume said Labour had "abandoned working people" over the winter fuel payment and the two-child benefit cap.
""", "2025-05-20", ["sunderland"], 2, "labour", "reform-uk", "2025-05-19",
  [("Paul Edgar", None), ("Lisa Hume", None)], ["winter-fuel-payment", "welfare-cuts"])

a("tuning", "t11-wakefield-libdem", """
Four Lib Dems leave the party in Wakefield

Four Liberal Democrat councillors on Wakefield Metropolitan District Council have left the party to join Reform UK, the council confirmed in early July 2025.

The four, led by Councillor Anne Kirkby, said they had been "mistreated" by the local party and that bullying had gone unchallenged.
""", "2025-07-09", ["wakefield"], 4, "liberal-democrats", "reform-uk", "2025-07",
  [("Anne Kirkby", None)], ["local-party-culture"])

a("tuning", "t12-wokingham-yearless", """
Wokingham Conservative crosses the floor

Cllr Martin Sheed, a Conservative member of Wokingham Borough Council, crossed the floor to the Liberal Democrats on 8 April.

The Conservative group leader, Cllr Pauline Jorgensen, said she was disappointed by the decision.
""", None, ["wokingham"], 1, "conservative", "liberal-democrats", "--04-08", [("Martin Sheed", None)], [],
  "A date without a year and no publication date: the date stays without one.")

# ---------- held-out set: written before the rules were tuned, never tuned on ----------
a("heldout", "h01-nottingham-five", """
Five Nottingham city councillors quit Labour to form new group

Five city councillors left Labour on October 30 to form the new Nottingham People's Alliance group on Nottingham City Council.

They are Councillors Kirsty L Jones (Mapperley), Imran Jalil (Lenton & Wollaton East), Anwar Khan (St Ann's), Naim Saqab Salim (Hyson Green & Arboretum) and Faith Gakanje-Ajala (Bilborough).

AJ Matsiko (Sherwood), an independent since he left Labour in April, has joined them. Conservative group leader Cllr Andrew Rule said the split showed divisions had "boiled over in the ruling party".
""", "2025-10-31", ["nottingham"], 5, "labour", "nottingham-peoples-alliance", "--10-30",
  [("Kirsty L Jones", "kirsty-l-jones"), ("Imran Jalil", "imran-jalil"), ("Anwar Khan", "anwar-khan"), ("Naim Saqab Salim", "naim-saqab-salim"), ("Faith Gakanje-Ajala", "faith-gakanje-ajala")],
  [], "Rewritten from seed article 003. Matsiko joined the group but did not leave Labour that day; Rule is an opponent.")

a("heldout", "h02-bolsover-three", """
Three Bolsover councillors quit Labour

Three district councillors in Derbyshire have quit Labour over the direction of the party under Sir Keir Starmer.

Councillors Chris Kane, Emma Stevenson and Sandra Peake are now listed as independents on the Bolsover District Council website. Peake told the BBC: "It's not the Labour party I joined over 30 years ago."

She pointed to changes to welfare, the lack of support for Waspi women and the treatment of Post Office Horizon victims. A Labour spokesperson said the government faced "tough choices". Natalie Fleet, the MP for Bolsover, said she was dedicated to her constituents.
""", "2025-03-20", ["bolsover"], 3, "labour", "independent", "2025-03",
  [("Chris Kane", "chris-kane"), ("Emma Stevenson", "emma-stevenson"), ("Sandra Peake", "sandra-peake")],
  ["leadership-direction", "welfare-cuts", "waspi-pensions", "post-office-horizon"], "Rewritten from seed article 004.")

a("heldout", "h03-cornwall-friday", """
Cornwall Conservative goes independent

Cllr Peter Tregarthen has left the Conservatives and will sit as an independent on Cornwall Council, he announced on Friday.

Steve Double, the former MP, said the party would contest the seat at the next election. Tregarthen said the Conservative group had become "a closed shop where no dissent is allowed".
""", "2025-01-15", ["cornwall"], 1, "conservative", "independent", "2025-01-10", [("Peter Tregarthen", None)], ["internal-democracy"])

a("heldout", "h04-wrexham-new-group", """
Wrexham Conservatives break away

Three Conservative councillors on Wrexham County Borough Council quit the party on 12 June to form a new group called Wrexham Independents Alliance.

Councillors Gareth Price, Siân Lloyd and Owen Hughes said local issues had been ignored by the national party.
""", None, ["wrexham"], 3, "conservative", "Wrexham Independents Alliance", "--06-12",
  [("Gareth Price", None), ("Siân Lloyd", None), ("Owen Hughes", None)], [])

a("heldout", "h05-cheltenham-lib-dems", """
Cheltenham Lib Dems join the Conservatives

Two Liberal Democrat councillors, Councillors Ruth Meadows and Ajay Varma, have quit the party on Cheltenham Borough Council and joined the Conservatives.

The pair left on 4 September 2024. Ms Meadows said: "I was told my deselection was a formality, so I chose to go first."
""", "2024-09-06", ["cheltenham"], 2, "liberal-democrats", "conservative", "2024-09-04",
  [("Ruth Meadows", None), ("Ajay Varma", None)], ["candidate-selection"])

a("heldout", "h06-norwich-green-group", """
Norwich Green group quits the party

The entire Green group of four on Norwich City Council has quit the party to sit as independents.

The councillors said a national disciplinary investigation into one of them had been handled unfairly and dragged on for months.
""", "2025-02-20", ["norwich"], 4, "green", "independent", "2025-02", [], ["suspension-process"])

a("heldout", "h07-plymouth-wednesday", """
Plymouth councillor leaves Labour

Cllr Dave Lorne has left Labour and will sit as an independent on Plymouth City Council, he said on Wednesday.

"Taking the winter fuel payment from pensioners was the last straw," he said. The council leader, Mark Henley, said he was sorry to see him go.
""", "2024-11-29", ["plymouth"], 1, "labour", "independent", "2024-11-27", [("Dave Lorne", None)], ["winter-fuel-payment"])

a("heldout", "h08-kent-dover-reform", """
Two Kent Reform councillors quit the party

Two Reform UK councillors on Kent County Council, one of whom also sits on Dover District Council, quit the party in July 2025 and now sit as independents.

Councillors Alan Weston and Joy Pike said they had been gagged by the party's leadership. Reform's Kent chairman Neil Rowe said they had broken the rules.
""", "2025-07-25", ["kent", "dover"], 2, "reform-uk", "independent", "2025-07",
  [("Alan Weston", None), ("Joy Pike", None)], [])

a("heldout", "h09-buckinghamshire-twelve", """
Twelve Buckinghamshire Conservatives quit

Twelve Conservative councillors on Buckinghamshire Council resigned from the party on 14 May 2024 to form the new Bucks Independent Group.

The group's leader, Cllr Hannah Lowe, said the party had imposed candidates on local wards without consultation.
""", "2024-05-15", ["buckinghamshire"], 12, "conservative", "Bucks Independent Group", "2024-05-14",
  [("Hannah Lowe", None)], [])

a("heldout", "h10-burnley-fuzzy", """
Eleven Burnley councillors quit Labour over Gaza

Eleven Burnley councillors, among them the council leader Afraisiab Anwar, quit Labour on 5 November 2023 and will sit as independents on Burnley Borough Council.

They said the party's refusal to back a ceasefire in Gaza had left them unable to stay.
""", "2023-11-06", ["burnley"], 11, "labour", "independent", "2023-11-05", [("Afrasiab Anwar", "afrasiab-anwar")], ["gaza"],
  "The leader's name is misspelt on purpose: the assistant should still find the recorded Afrasiab Anwar.")

# ---------- second held-out set: written after the rules' last change (issue 14's held-out errors), never tuned on ----------
a("heldout2", "n01-derby-thursday", """
Three Derby councillors quit Labour over winter fuel

Three Derby city councillors have quit Labour, saying the cut to the winter fuel allowance had betrayed the pensioners they represent.

Councillors Sam Okoye (Arboretum), Linda Greaves (Normanton) and Paul Trent (Sinfin) announced their resignations at a press conference on Thursday and will sit as independents on Derby City Council.

The Labour group leader, Dan Hollis, said he was disappointed by their decision.
""", "2024-09-20", ["derby"], 3, "labour", "independent", "2024-09-19",
  [("Sam Okoye", None), ("Linda Greaves", None), ("Paul Trent", None)], ["winter-fuel-payment"])

a("heldout2", "n02-harlow-reform", """
Harlow councillor defects to Reform UK

A Harlow district councillor has defected from the Conservatives to Reform UK.

Cllr Mark Ingram, who represents Toddbrook, made the move on 3 February 2025. He said the council's budget had been balanced on the backs of residents and that "the cuts have gone far too far".

Harlow Council's leader, Ellen Price, said residents would judge him at the next election.
""", "2025-02-05", ["harlow"], 1, "conservative", "reform-uk", "2025-02-03", [("Mark Ingram", None)], ["council-budget-cuts"])

a("heldout2", "n03-gloucestershire-greens", """
Two county councillors swap Lib Dems for Greens

Two Gloucestershire county councillors have left the Liberal Democrats to join the Green Party.

Cllr Ruth Fenn and Cllr Omar Baig made the switch in March 2025. In a joint statement they said the Liberal Democrats had "lost all sense of direction" on the climate.

They will now sit with the Green group on Gloucestershire County Council.
""", "2025-04-02", ["gloucestershire"], 2, "liberal-democrats", "green", "2025-03",
  [("Ruth Fenn", None), ("Omar Baig", None)], ["leadership-direction"])

a("heldout2", "n04-sheffield-your-party", """
Sheffield councillor joins Your Party

Cllr Aisha Rahman, who sits for Burngreave on Sheffield City Council, has left Labour and joined Your Party.

She quit on 12 August 2025, saying: "I cannot stay in a party that will not stand up for Gaza."
""", "2025-08-14", ["sheffield"], 1, "labour", "Your Party", "2025-08-12", [("Aisha Rahman", None)], ["gaza"],
  "Your Party is not in the record: the assistant should propose its name, unmatched.")

a("heldout2", "n05-rotherham-yearless", """
Rotherham Tory quits to sit as independent

Councillor Gary Webb has resigned from the Conservative Party and will now sit as an independent member of Rotherham Metropolitan Borough Council.

Webb, who quit on 14 June, said the local party had been taken over by a clique and that he had faced bullying from within it.
""", None, ["rotherham"], 1, "conservative", "independent", "--06-14", [("Gary Webb", None)], ["local-party-culture"])

a("heldout2", "n06-swindon-five", """
Five Swindon councillors resign from Labour

Five Labour councillors on Swindon Borough Council resigned from the party on Tuesday, among them the former cabinet member Jim Barlow.

The five said they could not defend the two-child benefit cap. The town's MP, Heidi Ames, said she was sorry to see them go.
""", "2025-07-10", ["swindon"], 5, "labour", None, "2025-07-08", [("Jim Barlow", None)], ["welfare-cuts"],
  "The party or group they join is not stated. Heidi Ames is an MP, not a defector.")

here = os.path.dirname(os.path.abspath(__file__))
for folder, name, text, ann in A:
    with open(os.path.join(here, folder, name + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(os.path.join(here, folder, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(ann, ensure_ascii=False, indent=2) + "\n")
print(len(A))
