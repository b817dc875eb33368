export type DemoArt = {
  hue: number;
  motif: "waves" | "skyline" | "circuit" | "bars" | "leaves" | "grid" | "sun" | "mountains";
};

export type DemoArticle = {
  slug: string;
  title: string;
  excerpt: string;
  category: string;
  author: string;
  tags: string[];
  daysAgo: number;
  hour: number;
  updatedHoursLater?: number;
  lead?: boolean;
  sourceUrl?: string;
  commentsClosed?: boolean;
  hero: { art: DemoArt; caption: string; alt: string };
  bodyImages: { key: string; art: DemoArt; alt: string }[];
  markdown: string;
  comments: {
    name: string;
    email: string;
    body: string;
    daysAfter: number;
    status: "approved" | "pending" | "spam";
  }[];
};

const art = (hue: number, motif: DemoArt["motif"]): DemoArt => ({ hue, motif });

export const demoArticles: DemoArticle[] = [
  // ------------------------------------------------------------------ City
  {
    slug: "council-approves-first-phase-of-harbour-expansion",
    title: "Council approves first phase of harbour expansion after marathon session",
    excerpt:
      "After nearly seven hours of public comment, Port Alder council voted 6-3 to begin dredging and pier work at the South Basin. Opponents say questions about traffic and the shoreline remain unanswered.",
    category: "city",
    author: "maren-holt",
    tags: ["harbour-expansion", "city-council", "waterfront"],
    daysAgo: 2,
    hour: 14,
    updatedHoursLater: 5,
    lead: true,
    hero: {
      art: art(205, "waves"),
      caption: "The South Basin, where the first phase of the expansion would add two deep-water berths.",
      alt: "Abstract illustration of layered blue waves under a pale sky",
    },
    bodyImages: [
      { key: "basin-map", art: art(195, "grid"), alt: "Tiled abstract pattern suggesting a harbour site plan" },
      { key: "council-vote", art: art(220, "bars"), alt: "Bar chart illustration representing the council vote" },
    ],
    markdown: `Port Alder council has approved the first phase of the long-debated South Basin harbour expansion, ending a meeting that began at 6 p.m. Tuesday and did not adjourn until well after 1 a.m.

The 6-3 vote clears the way for the Port Alder Harbour Authority to seek dredging permits and to tender construction of two deep-water berths. Work could begin as early as next spring, according to the authority's own timeline.

## What the council approved

The motion covers only the first of three proposed phases. It includes:

- Dredging roughly 400,000 cubic metres of sediment from the South Basin channel
- Construction of two berths able to handle larger container and cruise vessels
- A new truck gate on Foundry Road, moving heavy traffic away from Harbour Street
- A shoreline monitoring programme, funded by the authority, for at least ten years

Phases two and three, which would add a second terminal and reclaim land near the old rail yard, will need separate votes.

![A site plan of the South Basin works](image:basin-map)

## Supporters point to jobs

Mayor Delia Farrant, who voted in favour, said the city could not afford to watch shipping move to larger ports up the coast.

> "We have been talking about this for fifteen years. Every year we wait, the work goes somewhere else. Tonight we chose to compete," Farrant said after the vote.

The harbour authority estimates the first phase will support about 300 construction jobs and, once operating, 120 permanent positions. Those projections come from a consultant's report commissioned by the authority and have not been independently reviewed. Our business desk looked at the port's recent numbers in [a separate report on container traffic](/articles/port-container-traffic-hits-record).

## Opponents raise traffic and shoreline concerns

Councillor Ibrahim Sato, who represents the Southside ward, argued the approval came too early.

> "Nobody in this room can tell my residents how many trucks will go past the school on Foundry Road. That is not a small detail," Sato said.

More than 80 people signed up to speak. Many were Southside residents worried about noise and diesel exhaust. Others, including members of the Alder Coast Kayak Club, asked whether dredging could speed up erosion along the nearby Northshore bluffs, a concern Dateline examined in [our reporting on the seawall](/articles/northshore-seawall-repairs-to-start-before-winter).

![How councillors voted](image:council-vote)

### What happens next

The harbour authority must still obtain federal dredging permits, a process that typically takes a year or more. Council also directed staff to return within 90 days with a traffic study for Foundry Road.

*Update: This story has been updated to include the harbour authority's construction timeline and to correct the number of registered speakers.*`,
    comments: [
      {
        name: "Gail Whitford",
        email: "gail.whitford@mail.example",
        body: "I live two blocks from Foundry Road. A traffic study after the vote feels backwards to me.",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Ray Dunmore",
        email: "rdunmore@mail.example",
        body: "Good. My son has been commuting two hours each way for port work.\nMaybe now he can work in his own town.",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Lucia Ferreira",
        email: "lucia.f@mail.example",
        body: "Thanks for listing exactly what was approved. The other coverage made it sound like all three phases passed.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Anonymous Reader",
        email: "reader2291@mail.example",
        body: "Who paid for the consultant report? Would like to see that in the next story.",
        daysAfter: 1,
        status: "pending",
      },
    ],
  },
  {
    slug: "alder-street-bus-lane-trial-begins",
    title: "Alder Street bus lane trial begins, and drivers are already noticing",
    excerpt:
      "A six-month trial of red-painted bus lanes on Alder Street started Monday. Transit officials hope to cut rush-hour delays by a third.",
    category: "city",
    author: "theo-baptiste",
    tags: ["transit", "city-council"],
    daysAgo: 19,
    hour: 11,
    hero: {
      art: art(250, "skyline"),
      caption: "Alder Street at dusk. The trial lanes run from the ferry terminal to Crescent Avenue.",
      alt: "Abstract city skyline at dusk with lit windows",
    },
    bodyImages: [
      { key: "route-map", art: art(240, "circuit"), alt: "Line-and-node illustration resembling a transit route map" },
    ],
    markdown: `Commuters on Alder Street met a new sight Monday morning: a pair of bright red lanes reserved for buses, bicycles and emergency vehicles between the ferry terminal and Crescent Avenue.

The six-month trial, approved by council in the spring, is the city's first serious attempt to speed up the Route 4 and Route 9 buses, which together carry about 11,000 riders on an average weekday.

## How the lanes work

The rules are straightforward, though signs along the corridor suggest not everyone has read them yet:

1. The curbside lane in each direction is reserved for buses and bicycles from 7 to 10 a.m. and 3 to 7 p.m. on weekdays.
2. Drivers may enter the lane only to turn right at the next intersection.
3. Delivery vehicles may stop in marked loading bays outside those hours.
4. For the first month, violators will receive warnings instead of fines.

![Map of the trial corridor](image:route-map)

## Early reactions are mixed

Route 4 driver Marcus Osei said his first morning run was noticeably faster.

> "Normally I lose ten minutes between Bell Street and the ferry. Today I lost maybe three. If it stays like this, riders are going to notice," Osei said.

Not everyone is happy. Several shop owners on the corridor told Dateline they worried customers would no longer be able to stop briefly outside their doors during the evening peak.

Henrietta Vas, who runs a dry cleaner near Crescent Avenue, said she had already lost two regular customers. "People used to pull over for a minute. Now they drive past," she said.

## Measuring success

Port Alder Transit will publish travel time data every month on its [open data portal](https://data.portalder.example/transit/alder-street-trial). The agency says it will consider the trial a success if average bus travel times through the corridor fall by at least 30 percent without pushing significant traffic onto parallel residential streets.

Council will review the results in the new year. Transit planners have said that if the trial works, similar lanes could follow on Harbour Street, which would also serve the busy port district described in [our report on record container traffic](/articles/port-container-traffic-hits-record).

The trial is modelled on programmes in other mid-sized cities that used paint and signs first, before committing to permanent construction. City transportation manager Alison Kwan called it "a cheap experiment that tells us a lot."`,
    comments: [
      {
        name: "Devon Achterberg",
        email: "devon.a@mail.example",
        body: "Took the 9 this morning and made my ferry with time to spare. First time in months.",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Pat Gilroy",
        email: "pgilroy@mail.example",
        body: "The right-turn rule is confusing. Saw three near misses at Bell Street before 8 a.m.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "BestDealsNow",
        email: "promo@mail.example",
        body: "Cheap car insurance quotes in 60 seconds!!! Click my profile for the best rates on the coast.",
        daysAfter: 2,
        status: "spam",
      },
    ],
  },
  {
    slug: "rent-registry-proposal-divides-council",
    title: "Proposed rent registry divides council as vacancy rate stays near 1 percent",
    excerpt:
      "A proposal to require landlords to register rents annually has split council. Tenant groups say it would bring transparency; landlords call it costly paperwork.",
    category: "city",
    author: "maren-holt",
    tags: ["housing", "city-council", "municipal-budget"],
    daysAgo: 41,
    hour: 16,
    updatedHoursLater: 26,
    hero: {
      art: art(12, "grid"),
      caption: "Apartment blocks in the Eastgate neighbourhood, where most of the city's rental housing is concentrated.",
      alt: "Abstract tiled pattern in warm reds and pinks",
    },
    bodyImages: [
      { key: "vacancy-chart", art: art(0, "bars"), alt: "Bar chart illustration representing rental vacancy over time" },
    ],
    markdown: `A proposal to create a public registry of residential rents in Port Alder has exposed a sharp divide on council, with a vote expected next month and no clear majority on either side.

Under the draft bylaw, every landlord with two or more units would have to report current rents, the date of the last increase and basic details about each unit once a year. The city would publish the data in aggregated form.

## Why now

The city's rental vacancy rate has hovered between 0.8 and 1.3 percent for three years, according to figures from the regional housing agency. Average rent for a two-bedroom apartment rose 14 percent over the same period.

![Rental vacancy in Port Alder](image:vacancy-chart)

Councillor Ama Boateng, who brought the proposal forward, said the city is making housing policy without basic information.

> "Right now, we know more about parking tickets in this city than we know about rents. You cannot fix what you refuse to measure," Boateng told a committee meeting last week.

## Landlords push back

The Alder Coast Landlords Association argues the registry would add cost for small property owners, most of whom manage only a handful of units.

Association president Gordon Rusk said members were not opposed to data collection in principle, but objected to the proposed penalties of up to 5,000 dollars for late filing.

> "Most of our members are retirees with a basement suite and a duplex. They are not corporations with compliance departments," Rusk said.

## What it would cost the city

City staff estimate the registry would cost about 380,000 dollars to build and 150,000 dollars a year to run. Options presented to council include:

- Funding it from general revenue, which would add roughly 0.2 percent to the property tax levy
- Charging landlords an annual fee of 15 dollars per unit
- Starting with a voluntary pilot limited to buildings of ten units or more

Budget chief Leonard Achebe cautioned that the city is already facing pressure on services, a tension that also shaped [this year's fight over library hours](/articles/library-hours-restored-in-draft-budget).

### Where councillors stand

Three councillors have publicly backed the proposal and three have said they will vote against it. The remaining three, including Mayor Delia Farrant, say they are undecided. Similar registries exist in several cities, and [research summarised on Wikipedia](https://en.wikipedia.org/wiki/Rent_regulation) suggests their effects depend heavily on how the data is used.

*Correction: An earlier version of this article misstated the proposed per-unit fee.*`,
    comments: [
      {
        name: "Hannah Morrow",
        email: "hannah.morrow@mail.example",
        body: "As a tenant in Eastgate I would love to know whether my rent increase was normal or not.",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Bill Tanaka",
        email: "btanaka@mail.example",
        body: "I rent out one basement suite. Fifteen dollars is fine. Five thousand dollar fines are not.",
        daysAfter: 1,
        status: "approved",
      },
    ],
  },
  {
    slug: "northshore-seawall-repairs-to-start-before-winter",
    title: "Northshore seawall repairs to start before winter storms arrive",
    excerpt:
      "Crews will reinforce 600 metres of crumbling seawall along the Northshore promenade this autumn. Engineers say the work buys time, not a permanent fix.",
    category: "city",
    author: "priya-raman",
    tags: ["coastal-erosion", "climate", "waterfront"],
    daysAgo: 63,
    hour: 9,
    commentsClosed: true,
    hero: {
      art: art(190, "waves"),
      caption: "Waves break against the Northshore seawall during a spring storm.",
      alt: "Abstract illustration of layered teal waves",
    },
    bodyImages: [
      { key: "wall-section", art: art(30, "mountains"), alt: "Layered ridge illustration suggesting rock armour along a shore" },
    ],
    markdown: `Repairs to the most damaged stretch of the Northshore seawall will begin in October, the city confirmed this week, after an engineering review found sections of the 1950s-era structure were at risk of failing in a major storm.

The 2.1 million dollar contract covers roughly 600 metres of wall between Gull Point and the foot of Marsh Lane. The promenade above will close in stages while work is under way.

## What engineers found

The review, carried out by coastal engineering firm Harrow and Lisle, found that waves have scoured away the foundation beneath several sections, leaving the concrete supported by little more than compacted fill.

> "A wall like this does not usually fail slowly. It looks fine, and then one night a storm takes out a section. We would rather not find out which night," said lead engineer Caroline Lisle.

The key findings included:

- Undermining of up to 1.2 metres at the base of the wall near Gull Point
- Cracking in at least 40 of the wall's 120 concrete panels
- Loss of the rock armour that once protected the toe of the structure

![Cross-section of the repaired wall](image:wall-section)

## A temporary solution

The repairs will place new rock armour along the base, fill voids beneath the wall with grout and replace the worst panels. Engineers expect the work to extend the wall's life by 15 to 20 years.

That timeline matters, because sea levels on this part of the coast are projected to rise enough over the coming decades to make a wall of the current height inadequate. Background on the science is available from the [Wikipedia article on sea level rise](https://en.wikipedia.org/wiki/Sea_level_rise).

## The bigger question

City engineer Tomás Albrecht said council will eventually face a harder choice: rebuild higher, add offshore breakwaters, or allow parts of the shoreline to retreat.

> "This repair is about safety this winter. It is not the long-term plan, and nobody should mistake it for one," Albrecht said.

Residents of the Northshore have been watching the bluffs to the east, where drone surveys have documented steady erosion. Dateline reported on that work in [our story about mapping the retreating bluffs](/articles/drones-map-retreating-bluffs).

### Closures

The promenade will close in three sections, each for about six weeks. The city says access to the Marsh Lane beach stairs will be maintained throughout.`,
    comments: [
      {
        name: "Elsie Brandt",
        email: "elsie.brandt@mail.example",
        body: "I walk that promenade every morning and have watched the cracks grow for years. Glad it is finally happening.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Colin Park",
        email: "colin.park@mail.example",
        body: "15 to 20 years goes by quickly. Hope council starts the long-term conversation now.",
        daysAfter: 2,
        status: "approved",
      },
    ],
  },
  {
    slug: "library-hours-restored-in-draft-budget",
    title: "Library hours restored in draft budget after months of public pressure",
    excerpt:
      "Branch libraries will return to six-day schedules under the city's draft budget. The change costs about 640,000 dollars and will be paid for partly by delaying road resurfacing.",
    category: "city",
    author: "maren-holt",
    tags: ["municipal-budget", "education"],
    daysAgo: 97,
    hour: 13,
    hero: {
      art: art(45, "bars"),
      caption: "The draft budget shifts spending from road resurfacing to library staffing.",
      alt: "Abstract bar chart in warm amber tones",
    },
    bodyImages: [],
    markdown: `Port Alder's four branch libraries will return to six-day schedules next year if council approves the draft budget released Thursday, reversing cuts that reduced most branches to four days a week.

The change will cost about 640,000 dollars a year. Finance staff propose covering most of it by delaying a planned road resurfacing programme in the Hillcrest area by one year.

## A campaign that worked

The cuts were made two years ago as the city tried to close a budget gap. Since then, a group called Open the Doors has collected more than 9,000 signatures, held read-ins on the steps of closed branches and packed council meetings.

Organiser Felicity Nakamura, a retired school librarian, said the group was surprised by the speed of the reversal.

> "We expected to be back here next year and the year after. We think councillors finally saw who uses these buildings: kids after school, people looking for work, seniors who need help with a computer," Nakamura said.

## What changes

If the budget passes as drafted:

- The Eastgate, Hillcrest, Southside and Marsh Lane branches will open Tuesday to Sunday
- Evening hours will return at Eastgate and Southside twice a week
- Eight part-time positions will be restored
- The central library's hours will not change

## The trade-off

Hillcrest residents will wait an extra year for repaving on several streets that were scheduled for next summer. City budget director Leonard Achebe said the roads in question were in fair condition and that the delay posed no safety risk.

> "Every budget is a list of things we are not doing. This year the library came off that list, and some repaving went on it," Achebe said.

Councillor Walter Penrose, who represents Hillcrest, said he would ask for the resurfacing to be funded from reserves instead. "My residents were told these roads would be done. A promise is a promise," he said.

### Other highlights of the draft budget

The draft proposes a property tax increase of 3.4 percent, slightly below inflation. It also maintains city support for community health partnerships, including the [Eastgate walk-in clinic](/articles/eastgate-walk-in-clinic-opens), and sets aside money to study a possible rent registry.

Residents can comment on the budget online through the city's [budget consultation page](https://www.portalder.example/budget) until the end of the month. Council will hold two public hearings before a final vote.`,
    comments: [
      {
        name: "Martin Esposito",
        email: "m.esposito@mail.example",
        body: "My kids do their homework at the Southside branch. This is the best news we have had from city hall in a while.",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Joanne Pike",
        email: "joanne.pike@mail.example",
        body: "Hillcrest Road is in worse shape than the report says.\nCome drive it in the rain.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Sam Okonkwo",
        email: "sam.ok@mail.example",
        body: "Will the evening hours include weekends? The article does not say.",
        daysAfter: 3,
        status: "pending",
      },
    ],
  },
  {
    slug: "eastgate-walk-in-clinic-opens",
    title: "Eastgate walk-in clinic opens, easing pressure on the emergency room",
    excerpt:
      "A new community clinic in Eastgate saw more than 200 patients in its first week. Health officials hope it will keep minor cases out of Port Alder General's crowded emergency department.",
    category: "city",
    author: "maren-holt",
    tags: ["public-health", "housing"],
    daysAgo: 166,
    hour: 10,
    hero: {
      art: art(350, "sun"),
      caption: "The clinic occupies the ground floor of a new affordable housing building on Tern Street.",
      alt: "Abstract rising sun with rays over a calm sea",
    },
    bodyImages: [],
    markdown: `The doors opened at 8 a.m. on Monday. By 8:15, every chair in the waiting room of the new Eastgate Community Health Clinic was taken.

The clinic, on the ground floor of a new affordable housing building on Tern Street, is the first walk-in medical service in the neighbourhood in nearly a decade. In its first week it saw 212 patients, according to figures provided by the regional health authority.

## Filling a gap

Eastgate is the city's most densely populated neighbourhood, and the one with the lowest rate of residents who have a regular family doctor. Until now, many residents who needed care for a sprained wrist or an ear infection had little choice but to wait at the emergency department of Port Alder General Hospital.

Dr. Imani Clarke, the clinic's medical director, said that was exactly the pattern the clinic was designed to break.

> "An emergency room is the most expensive and least comfortable place to treat a sore throat. We want people to come here first, and we want them to come back," Clarke said.

## What the clinic offers

The clinic is staffed by two physicians, three nurse practitioners and a social worker. Services include:

- Walk-in care for minor illness and injury, seven days a week
- Prescription renewals and basic lab tests
- Help finding a permanent family doctor
- Referrals to housing and income support programmes through the on-site social worker

Appointments can also be booked online through the [regional health authority's website](https://www.aldercoasthealth.example/clinics/eastgate).

## Housing and health together

Placing the clinic inside a housing development was deliberate. The building's 84 apartments are reserved for households earning below the regional median income, and the housing society that operates it offered the ground floor at a reduced rent.

> "Your health is shaped by where you live long before you ever see a doctor. Putting these things under one roof just makes sense," said Rosa Delgado, executive director of the Tern Street Housing Society.

## Early signs

It is too soon to say whether the clinic will reduce emergency room visits. Hospital administrators say they will compare numbers over the next six months. Wait times at Port Alder General averaged just over five hours last year.

Outside the clinic on Wednesday, Eastgate resident Pauline Arce waited with her young son, who had a persistent cough. "Last time we went to the hospital we were there until midnight," she said. "Here, they told me forty minutes."`,
    comments: [],
  },
  // -------------------------------------------------------------- Business
  {
    slug: "cannery-building-reborn-as-food-hall",
    title: "Old cannery building reborn as a waterfront food hall",
    excerpt:
      "The brick cannery on Pier Road reopened this weekend with 14 food stalls, a bakery and a small brewery. Its owners are betting on year-round local traffic, not just summer visitors.",
    category: "business",
    author: "theo-baptiste",
    tags: ["small-business", "food-and-drink", "waterfront"],
    daysAgo: 5,
    hour: 15,
    hero: {
      art: art(28, "grid"),
      caption: "The restored cannery on Pier Road now houses 14 independent food vendors.",
      alt: "Abstract tiled pattern in warm orange and brick tones",
    },
    bodyImages: [
      { key: "stall-layout", art: art(38, "leaves"), alt: "Illustration of scattered autumn-coloured leaves" },
    ],
    markdown: `For most of the last thirty years, the red-brick cannery on Pier Road was a place people photographed rather than entered. On Saturday, more than 4,000 people walked through its doors.

The building, which packed salmon for much of the twentieth century, has reopened as the Cannery Hall, a food market with 14 independent vendors, a bakery, a coffee roaster and a small brewery in what used to be the boiler room.

## A slow, expensive restoration

Developers Ruth and Emmanuel Adeyemi bought the building four years ago. They say the restoration cost roughly 9 million dollars, about a third more than planned, largely because of seismic upgrades and the discovery of rotten timbers beneath the main floor.

> "Every wall we opened had a surprise behind it. At some point you stop asking whether it makes financial sense and start asking whether you can live with yourself if it falls down," Ruth Adeyemi said.

## Who is inside

The vendors were chosen to reflect the city's mix of cooks and cuisines. Most are small operators running their first permanent location. Among them:

- **Tidewater Fish Bar**, run by a former commercial fisher, serving whatever the fleet landed that morning
- **Abuela Rosa**, a family-run stall selling tamales and pozole
- **Lark Bakery**, which moved from a farmers market tent
- **Boiler Room Brewing**, a four-barrel brewery with eight taps

![Floor plan of the food hall](image:stall-layout)

Stall rents start at about 2,200 dollars a month, well below comparable retail space on Harbour Street, according to the owners. Leases are for two years.

## Built for winter, not just summer

The key question for any waterfront business in Port Alder is what happens after September, when cruise ships and day-trippers disappear. The Adeyemis say they designed the hall with locals in mind, with long tables, late hours and a stage for community events.

Ivan Morales, who runs the Tidewater stall, is cautiously optimistic.

> "Summer pays the rent. Winter tells you whether you have a business. Ask me again in February," Morales said.

Business owners on nearby streets say they are hoping for spillover traffic. Foot traffic along Pier Road has been weak since the ferry terminal moved, and several storefronts remain empty despite [a record summer for tourism](/articles/record-summer-for-alder-coast-tourism).

The Cannery Hall is open daily from 8 a.m. to 10 p.m., with the brewery open until midnight on weekends.`,
    comments: [
      {
        name: "Tessa Llewellyn",
        email: "tessa.l@mail.example",
        body: "Went on Sunday. The fish tacos were worth the line. Please keep the long tables, they make it feel like a proper market.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Graham Oduya",
        email: "graham.oduya@mail.example",
        body: "Parking was impossible. Hope the city thinks about that before the summer.",
        daysAfter: 2,
        status: "approved",
      },
      {
        name: "Mei Lin Tsang",
        email: "meilin.t@mail.example",
        body: "My grandmother worked in that cannery in the 1960s.\nShe cried when we walked in. Thank you for saving it.",
        daysAfter: 3,
        status: "approved",
      },
    ],
  },
  {
    slug: "fishing-fleet-braces-for-quota-cut",
    title: "Alder Coast fishing fleet braces for steep cut to groundfish quota",
    excerpt:
      "Regulators have proposed a 22 percent cut to the regional groundfish quota. Skippers in Port Alder warn some boats may not survive the season.",
    category: "business",
    author: "theo-baptiste",
    tags: ["fisheries", "jobs", "climate"],
    daysAgo: 27,
    hour: 8,
    sourceUrl: "https://www.coastalwire.example/fisheries/alder-coast-fleet-quota-cut",
    hero: {
      art: art(195, "waves"),
      caption: "Fishing boats tied up at the Northshore docks.",
      alt: "Abstract illustration of deep blue waves",
    },
    bodyImages: [
      { key: "landings-chart", art: art(200, "bars"), alt: "Bar chart illustration of declining fish landings" },
    ],
    markdown: `Fishing families along the Alder Coast are preparing for one of the hardest seasons in a generation after federal regulators proposed a 22 percent reduction in the regional groundfish quota.

The proposed cut, published for comment last week, follows a stock assessment that found populations of several bottom-dwelling species, including rockfish and lingcod, had declined faster than expected.

## Why the quota is falling

Scientists attribute much of the decline to warming waters, which have pushed some species deeper and further north, and to several poor spawning years in a row.

> "The fish have not vanished, but fewer young fish are surviving to adulthood. If we keep fishing at the old rate, we would be borrowing against the future," said Dr. Helena Varga, a fisheries scientist who contributed to the assessment.

Researchers in Port Alder have been watching related changes closer to shore, including [shifts in the region's kelp forests](https://www.kelpwatch.example/reports), which serve as nurseries for many of the same species.

![Groundfish landings over the past decade](image:landings-chart)

## What it means on the docks

Port Alder is home to 38 licensed groundfish vessels, most of them owned by families. For many, the cut means fewer trips and tighter margins at a time when fuel and insurance costs are rising.

Skipper Arne Kristiansen, who fishes out of the Northshore docks with his daughter, said the numbers no longer add up for smaller boats.

> "I have got a mortgage on the boat and a crew of three. Take away a fifth of my catch and something has to give. Usually, it is the crew," Kristiansen said.

The Alder Coast Fishermen's Cooperative estimates that the cut could reduce local landings by about 6 million dollars next year. The cooperative is asking regulators to:

1. Phase the reduction in over two seasons instead of one
2. Fund an independent review of the stock assessment
3. Create a temporary support programme for crew members who lose work

## Ripple effects

The impact reaches beyond the boats. Fish processors, ice suppliers, mechanics and the fuel dock all depend on a busy fleet. Processing plant manager Denise Holloway said her company employs about 70 people during peak season and may have to reduce shifts.

The public comment period runs for 60 days. A decision is expected before the season opens in the spring.

*This article was produced in partnership with Coastal Wire and has been edited for Dateline readers.*`,
    comments: [
      {
        name: "Karin Solberg",
        email: "karin.solberg@mail.example",
        body: "My husband has fished these waters for 30 years. Phasing it in over two seasons is the least they can do.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Doug Renner",
        email: "drenner@mail.example",
        body: "The science is the science. If we do not cut now there will be nothing left to fight over.",
        daysAfter: 2,
        status: "approved",
      },
    ],
  },
  {
    slug: "port-container-traffic-hits-record",
    title: "Port Alder container traffic hits record as shippers avoid congested hubs",
    excerpt:
      "The port handled more containers in the first half of the year than in any comparable period. Officials credit shipping lines diverting from larger, busier terminals.",
    category: "business",
    author: "theo-baptiste",
    tags: ["harbour-expansion", "jobs", "renewable-energy"],
    daysAgo: 50,
    hour: 12,
    hero: {
      art: art(210, "bars"),
      caption: "Container volumes at Port Alder have risen for six straight quarters.",
      alt: "Abstract bar chart with a rising trend line",
    },
    bodyImages: [
      { key: "cranes", art: art(215, "skyline"), alt: "Abstract silhouette of port cranes and buildings" },
    ],
    markdown: `Port Alder moved more shipping containers in the first six months of this year than in any half-year in its history, according to figures released Wednesday by the Port Alder Harbour Authority.

The port handled 148,000 twenty-foot equivalent units, the standard measure of container volume, up 19 percent from the same period last year.

## Why ships are coming

Port officials say the growth is largely the result of congestion elsewhere. Shipping lines facing long waits at larger terminals have begun routing some vessels through smaller ports where cargo can be unloaded faster.

> "We are not competing on size. We are competing on time. A ship that waits four days somewhere else can be unloaded here in one," said harbour authority chief executive Samuel Reyes.

The authority has used the numbers to argue for its proposed South Basin expansion, which council is expected to debate later this year.

![Cranes at the container terminal](image:cranes)

## Jobs at the terminal

The International Longshore Workers local says its members have been working more shifts than at any point in the past decade. Local president Theresa Mbeki said the union added 40 members this year.

> "For a long time, young people here were told the port was shrinking. Now we are training new people every month," Mbeki said.

## Cleaner operations

The growth comes with a commitment to reduce emissions at the terminal. The authority has announced plans to:

- Install shore power at both existing berths so ships can switch off diesel engines while docked
- Replace six diesel yard trucks with battery-electric models by next year
- Buy electricity for terminal operations from renewable sources, including a proposed [tidal energy project in the Alder Narrows](https://www.tidewright.example/narrows)

Environmental groups welcomed the pledges but noted that the largest source of emissions, ships at sea and trucks on local roads, falls largely outside the authority's control.

## Can it last?

Economists caution that the boom may fade if congestion eases at larger ports. Ines Calloway, who teaches transport economics at Alder Coast University, said small ports have seen similar surges before.

"When the big hubs get their act together, some of that cargo goes back," Calloway said. "The question is whether Port Alder can keep the customers it has won."

The full quarterly figures are available on the [harbour authority's statistics page](https://www.portalderharbour.example/statistics).`,
    comments: [
      {
        name: "Felix Ambrose",
        email: "felix.ambrose@mail.example",
        body: "Shore power should have happened years ago. Good to see a date attached.",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Linda Quist",
        email: "lquist@mail.example",
        body: "More containers means more trucks on Foundry Road. Nobody ever mentions that part.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Crypto Gains Daily",
        email: "gains@mail.example",
        body: "I turned 500 dollars into 40,000 in one month. Message me to learn how. Limited spots!",
        daysAfter: 2,
        status: "spam",
      },
    ],
  },
  {
    slug: "main-street-storefront-vacancies-fall",
    title: "Downtown storefront vacancies fall to lowest level in five years",
    excerpt:
      "Empty storefronts on Port Alder's main commercial streets dropped to 9 percent this spring. A city grant programme and cheaper leases are drawing first-time business owners.",
    category: "business",
    author: "maren-holt",
    tags: ["small-business", "city-council", "transit"],
    daysAgo: 4,
    hour: 17,
    hero: {
      art: art(30, "skyline"),
      caption: "Harbour Street, where several long-empty storefronts have been filled this year.",
      alt: "Abstract skyline of low buildings in warm evening tones",
    },
    bodyImages: [],
    markdown: `The number of empty storefronts in downtown Port Alder has fallen to its lowest level in five years, according to a survey released by the Downtown Business Association.

The association counted 31 vacant ground-floor units across Harbour Street, Alder Street and the blocks between them this spring, a vacancy rate of about 9 percent. Two years ago, the rate was nearly 17 percent.

## A grant programme that paid off

City officials point to the Storefront Start programme, which council launched two years ago. It offers new businesses a grant of up to 15,000 dollars to renovate and open in a unit that has been vacant for at least six months.

So far, 44 businesses have received grants. According to city figures, 37 of them are still open.

> "The money itself is modest. What it really does is give a landlord a reason to say yes to a first-time tenant instead of waiting two years for a bank or a chain," said Councillor Ama Boateng, who championed the programme.

## Who is moving in

The new tenants are a varied group. The association's survey lists:

- Cafés and bakeries, the largest category, with 11 new openings
- Personal services such as barbers, tailors and repair shops
- Small makers selling ceramics, clothing and prints
- Two bookstores, one of them specialising in maritime history

Kwame Asante opened a bicycle repair shop on Alder Street last year with the help of a grant. He says the city's [bus lane trial](/articles/alder-street-bus-lane-trial-begins) has brought him more customers, not fewer.

> "More people on bikes means more flat tyres. I am not complaining," Asante said.

## Problems remain

Not every block has recovered. The stretch of Pier Road near the old ferry terminal still has several empty units, though business owners there hope the new [Cannery Hall food market](/articles/cannery-building-reborn-as-food-hall) will bring more visitors.

Association director Yolanda Perez also warned that rising commercial property taxes could undo some of the progress, since many leases pass those costs directly to tenants.

### What comes next

Council will vote this autumn on whether to extend Storefront Start for another three years. The programme's current budget is 350,000 dollars a year, funded from the city's economic development reserve. Applications and eligibility details are posted on the [city's business support page](https://www.portalder.example/business/storefront-start).`,
    comments: [
      {
        name: "Oscar Lindgren",
        email: "oscar.lindgren@mail.example",
        body: "Kwame fixed my bike in twenty minutes and charged me less than I expected. Glad the grant helped.",
        daysAfter: 2,
        status: "approved",
      },
    ],
  },
  {
    slug: "record-summer-for-alder-coast-tourism",
    title: "Record summer for Alder Coast tourism, but workers struggle to find housing",
    excerpt:
      "Hotel occupancy and visitor spending reached new highs this summer. Behind the numbers, employers say staff shortages and a lack of affordable housing are holding the industry back.",
    category: "business",
    author: "theo-baptiste",
    tags: ["tourism", "jobs", "waterfront"],
    daysAgo: 113,
    hour: 10,
    lead: true,
    hero: {
      art: art(40, "sun"),
      caption: "A summer evening on the Port Alder waterfront, which drew record crowds this year.",
      alt: "Abstract sun setting over the sea with golden rays",
    },
    bodyImages: [
      { key: "occupancy", art: art(35, "bars"), alt: "Bar chart illustration of hotel occupancy by month" },
    ],
    markdown: `The Alder Coast has just had its busiest summer on record. Hotels in Port Alder were 91 percent full in July and August, cruise ship calls rose by a quarter, and visitors spent an estimated 210 million dollars in the region between June and September, according to the regional tourism board.

But conversations with employers along the waterfront reveal an industry stretched close to its limits.

## The numbers

The tourism board's summer report highlights several records:

- Hotel occupancy averaged 91 percent in July and August, up from 84 percent last year
- Cruise ship calls rose to 46, from 37 the previous season
- Short-term rental bookings were up 12 percent
- The Harbour Jazz Festival sold out all four nights for the first time

![Hotel occupancy by month](image:occupancy)

> "This was the summer the rest of the country discovered us. Now we have to make sure we can deliver what people expect when they come back," said tourism board director Camille Okoro.

## Help wanted

That is proving difficult. The region's hospitality association estimates that employers were short about 600 workers at the height of the season. Several restaurants on the waterfront closed one or two days a week, not for lack of customers but for lack of staff.

Hotelier Nigel Ashworth, who runs the 60-room Harbourview Inn, said he offered higher wages and signing bonuses this year and still could not fill every position.

> "I can find people who want the job. What they cannot find is somewhere to live on what the job pays. Three of my hires turned me down after they looked at rents," Ashworth said.

## Housing at the centre

The city's rental vacancy rate has been near 1 percent for years, and the growth in short-term rentals has removed some units from the long-term market. Council is considering several measures, including a public registry of rents and [stricter rules for holiday rentals](https://en.wikipedia.org/wiki/Vacation_rental).

Some employers are taking matters into their own hands. The Harbourview Inn has converted an annex into staff accommodation, and a group of restaurants is exploring a shared worker housing project.

## Looking ahead

The tourism board expects next summer to be busier still, with 52 cruise calls already booked. Okoro said the board will spend part of its budget promoting the shoulder seasons, so that visitors arrive in spring and autumn as well.

"A busy July is nice," she said. "A busy October is what keeps people employed all year."

The full summer report is available on the [tourism board's website](https://www.visitaldercoast.example/reports/summer).`,
    comments: [
      {
        name: "Bea Kowalczyk",
        email: "bea.k@mail.example",
        body: "I waited tables on the waterfront this summer and commuted 50 minutes each way because I could not find a room in town.",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Henry Aldous",
        email: "h.aldous@mail.example",
        body: "Record tourism is great for business owners. Less great for those of us trying to get a table on a Tuesday.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Nadia Rahman",
        email: "nadia.rahman@mail.example",
        body: "Shared worker housing is a smart idea.\nWould love a follow-up on how that project goes.",
        daysAfter: 4,
        status: "approved",
      },
      {
        name: "J. Whitcombe",
        email: "jwhitcombe@mail.example",
        body: "Cruise ships bring crowds but not much money into local shops. Would be good to see the data broken down.",
        daysAfter: 5,
        status: "pending",
      },
    ],
  },
  {
    slug: "halvorsen-boatyard-changes-hands",
    title: "Halvorsen Boatyard changes hands after 71 years in one family",
    excerpt:
      "The Northshore boatyard that has built and repaired local fishing vessels since 1953 has been sold to two of its own shipwrights. The new owners promise to keep the name and the crew.",
    category: "business",
    author: "theo-baptiste",
    tags: ["small-business", "local-history", "jobs"],
    daysAgo: 149,
    hour: 14,
    hero: {
      art: art(200, "mountains"),
      caption: "Halvorsen Boatyard sits at the foot of the Northshore hills.",
      alt: "Abstract layered blue mountain ridges under a pale sky",
    },
    bodyImages: [],
    markdown: `For 71 years, if a fishing boat on the Alder Coast needed a new hull, a rebuilt engine or a coat of bottom paint, there was a good chance it went to Halvorsen Boatyard. This month, the family that founded it handed over the keys.

Erik Halvorsen, 74, the son of the yard's founder, has sold the business to two of his longtime employees, shipwrights Jonah Whitaker and Amara Nwosu. The price was not disclosed.

## Keeping it local

Halvorsen said he received two offers from outside buyers over the past few years, including one from a developer interested in the waterfront land. He turned both down.

> "I could have made more money selling to a condo builder. Then where do the boats go? I did not want to be the Halvorsen who ended it," he said.

Instead, he worked out a deal with Whitaker and Nwosu that allows them to pay part of the price over ten years. A regional credit union and a small business loan programme provided the rest.

## The new owners

Whitaker has worked at the yard for 19 years, starting as a teenager sweeping floors. Nwosu arrived eight years ago after training in wooden boat construction. Both say they intend to keep the yard much as it is.

> "The customers trust this place because the same people have been here for decades. Our job is not to change that. Our job is to make sure it is still here in another 70 years," Nwosu said.

Their plans for the first few years include:

1. Keeping all 14 current employees and the Halvorsen name
2. Adding a second haul-out slip to reduce waiting times
3. Starting an apprenticeship programme with the regional college
4. Offering repair services for the growing number of electric and hybrid workboats

## A changing industry

The sale comes at a difficult time for the local fleet, which faces rising fuel and insurance costs and shrinking groundfish stocks. Fewer boats fishing means fewer boats in need of repair.

Whitaker acknowledged the risk, but said the yard has always adapted. In the 1980s, it survived a collapse in the salmon fishery by taking on ferry maintenance and pleasure boats.

## A family history

The yard was founded in 1953 by Olav Halvorsen, who arrived from Norway with a set of hand tools and, according to family lore, very little English. The history of boatbuilding traditions he brought with him is described in the [Wikipedia article on boatbuilding](https://en.wikipedia.org/wiki/Boatbuilding).

Erik Halvorsen says he will still come by most mornings. "They have told me I can have a chair by the coffee pot," he said. "I intend to use it."`,
    comments: [
      {
        name: "Tom Baranski",
        email: "tom.baranski@mail.example",
        body: "Erik rebuilt my father's boat in 1989 and it is still fishing. Best of luck to Jonah and Amara.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Ingrid Halvorsen-Lee",
        email: "ingrid.hl@mail.example",
        body: "So proud of my uncle for doing this the right way.",
        daysAfter: 2,
        status: "approved",
      },
    ],
  },
  // ---------------------------------------------------------- Science & Tech
  {
    slug: "kelp-forest-survey-finds-signs-of-recovery",
    title: "Kelp forest survey finds first signs of recovery off Gull Point",
    excerpt:
      "Divers counting kelp off the Alder Coast have found the first meaningful regrowth in nearly a decade. Researchers credit a return of sea otters and a cooler year.",
    category: "science-tech",
    author: "priya-raman",
    tags: ["climate", "fisheries"],
    daysAgo: 9,
    hour: 13,
    updatedHoursLater: 20,
    hero: {
      art: art(150, "leaves"),
      caption: "Kelp fronds photographed during this summer's survey dives off Gull Point.",
      alt: "Abstract illustration of green leaf shapes drifting on a pale background",
    },
    bodyImages: [
      { key: "survey-grid", art: art(160, "grid"), alt: "Tiled pattern representing survey plots on the seafloor" },
    ],
    markdown: `For nine summers, the divers of the Alder Coast Kelp Watch came back from Gull Point with the same discouraging numbers. This year, the numbers changed.

The volunteer survey, run with scientists at the Alder Coast Marine Station, found bull kelp covering about 18 percent of its monitoring plots off Gull Point in August, up from just 4 percent last year. It is the first significant increase since a marine heatwave and an explosion of sea urchins wiped out most of the forest nearly a decade ago.

## What changed

Researchers point to two likely causes. The first is a cooler, nutrient-rich year in coastal waters. The second has whiskers.

> "We have counted sea otters in the survey area for the first time in decades. They eat urchins, and urchins eat kelp. When one piece of that chain comes back, everything else can shift," said Dr. Nadia Fairweather, who leads the survey at the marine station.

Sea otters are considered a [keystone species](https://en.wikipedia.org/wiki/Keystone_species) because of their outsized effect on the ecosystems around them.

## How the survey works

Every summer, teams of trained volunteer divers visit 40 fixed plots along the coast. At each one, they:

- Lay a 30-metre transect line along the seafloor
- Count kelp stalks, urchins and other key species within a metre on either side
- Photograph the plot from the same angle as in previous years
- Record water temperature at the surface and at depth

![Layout of the survey plots](image:survey-grid)

The consistency of the method is what makes this year's result meaningful, Fairweather said. The volunteers have been diving the same spots in the same way since the survey began.

## Cautious optimism

Scientists stress that one good year does not make a recovery. Urchin numbers remain high at most plots outside Gull Point, and another warm year could reverse the gains.

Volunteer diver Joaquín Esteban, who has taken part in the survey since the beginning, said the mood on the boat this year was different nonetheless.

> "You get used to swimming over bare rock and counting urchins. This year I came up and could not stop talking. There were fish everywhere," Esteban said.

## Why it matters beyond the reef

Kelp forests provide shelter for young rockfish and other commercially important species, which is one reason local fishers are watching closely. The decline of those stocks is behind [a proposed cut to the groundfish quota](/articles/fishing-fleet-braces-for-quota-cut).

The marine station plans to publish its full data set this winter. Divers interested in volunteering can find training details on the [Kelp Watch website](https://www.kelpwatch.example/volunteer).

*This story was updated to clarify the number of monitoring plots.*`,
    comments: [
      {
        name: "Rowan Fitzgerald",
        email: "rowan.fitz@mail.example",
        body: "Dove Gull Point last weekend and can confirm. It felt like a different place.",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Alicia Moreno",
        email: "alicia.moreno@mail.example",
        body: "Otters to the rescue! Is there anything ordinary people can do to help?",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Phil Darrow",
        email: "phil.darrow@mail.example",
        body: "Otters also eat crab and shellfish. Hope someone is asking the crabbers what they think.",
        daysAfter: 2,
        status: "pending",
      },
    ],
  },
  {
    slug: "tidal-energy-turbine-pilot-in-alder-narrows",
    title: "Tidal turbine pilot could bring ocean power to the Alder Narrows",
    excerpt:
      "A startup wants to anchor two underwater turbines in the fast-moving Alder Narrows. If the pilot works, the tides could supply a share of the port's electricity.",
    category: "science-tech",
    author: "priya-raman",
    tags: ["renewable-energy", "climate"],
    daysAgo: 34,
    hour: 10,
    hero: {
      art: art(180, "waves"),
      caption: "The Alder Narrows, where tidal currents reach more than four metres per second.",
      alt: "Abstract illustration of layered cyan waves",
    },
    bodyImages: [
      { key: "turbine-diagram", art: art(185, "circuit"), alt: "Line-and-node illustration suggesting a turbine's electrical connections" },
    ],
    markdown: `Twice a day, the tide pours through the Alder Narrows fast enough to make small boats think twice. A local startup believes that current could be turned into electricity.

Tidewright Energy has applied for permits to install two underwater turbines on the seabed of the Narrows for a three-year pilot project. Each turbine would generate up to 500 kilowatts at peak flow, enough in total for several hundred homes.

## How tidal turbines work

The turbines look something like wind turbines laid on their sides and anchored underwater. As the tide flows in and out, the current turns the blades, and a cable carries the power to shore.

Unlike wind or solar, tidal power is highly predictable. Tides can be forecast years in advance, a feature that grid operators value. A general overview is available in [Wikipedia's article on tidal power](https://en.wikipedia.org/wiki/Tidal_power).

> "The sun sets and the wind drops, but the moon keeps pulling the ocean around on schedule. That predictability is the whole pitch," said Tidewright co-founder Dr. Kenji Arakawa, a mechanical engineer who previously worked on offshore wind projects.

![Diagram of the turbine connection to shore](image:turbine-diagram)

## The plan

According to the company's permit application, the pilot would involve:

1. Installing two turbines at a depth of about 35 metres, below the draft of passing vessels
2. Running a seabed cable to a small substation near the old coast guard station
3. Monitoring fish, marine mammals and sediment around the turbines throughout the pilot
4. Removing the equipment entirely if the pilot does not proceed to a full project

The harbour authority has signed a letter of intent to buy power from the project, part of its effort to [cut emissions as traffic at the port grows](/articles/port-container-traffic-hits-record).

## Questions from the water

Fishers and environmental groups have raised concerns about the turbines' effect on migrating salmon and on the harbour porpoises that frequent the Narrows.

Marine biologist Dr. Leah Coutts, who is not involved with the project, said the science is still developing.

> "The early studies elsewhere are reassuring, but the Narrows is a busy place. A pilot is exactly the right scale to find out what happens before anyone builds fifty of these," Coutts said.

## Costs and timeline

The pilot is expected to cost about 14 million dollars, with roughly half coming from a federal clean energy innovation fund. If permits are approved, installation could begin in the summer of next year. Public information sessions are planned at the Northshore Community Hall next month.`,
    comments: [
      {
        name: "Sven Carlsen",
        email: "sven.carlsen@mail.example",
        body: "I have fished the Narrows for twenty years. Nobody anchors anything in that current easily. Good luck to them.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Greta Huang",
        email: "greta.huang@mail.example",
        body: "Predictable renewable power right on our doorstep. This is the kind of project the region should be known for.",
        daysAfter: 3,
        status: "approved",
      },
    ],
  },
  {
    slug: "harbourside-tech-incubator-first-cohort",
    title: "Harbourside tech incubator welcomes its first cohort of startups",
    excerpt:
      "Eight young companies have moved into a converted warehouse near the port. Their ideas range from fishing-boat software to apps that translate tide data for kayakers.",
    category: "science-tech",
    author: "priya-raman",
    tags: ["startups", "jobs", "education"],
    daysAgo: 57,
    hour: 15,
    hero: {
      art: art(260, "circuit"),
      caption: "The incubator occupies the top floor of a former net-storage warehouse on Foundry Road.",
      alt: "Abstract circuit board illustration in violet tones",
    },
    bodyImages: [
      { key: "cohort-chart", art: art(270, "bars"), alt: "Bar chart illustration representing startup funding" },
    ],
    markdown: `In a building where fishing nets were once hung to dry, eight startups have set up shop under exposed beams and a row of new skylights.

The Harbourside Incubator, a partnership between Alder Coast University, the city and a group of local investors, welcomed its first cohort this month. Each company receives free desk space for a year, mentoring, and up to 50,000 dollars in early funding in exchange for a small equity stake.

## Who got in

More than 90 teams applied. The eight selected include:

- **Netwise**, which builds catch-logging software for small fishing vessels
- **Slack Water**, an app that turns official tide and current data into plain-language advice for kayakers and paddleboarders
- **Brineworks**, developing low-cost sensors that measure ocean acidity
- **Dockside Health**, a scheduling tool for rural clinics
- Four others working on logistics, education and accessibility software

Incubator director Oluwaseun Bright said the selection committee looked for companies that could grow in Port Alder rather than leave as soon as they had a product.

> "We are not trying to be a small version of somewhere else. The best ideas in this building come from people who know the coast, the port and the fleet," Bright said.

![Funding for the first cohort](image:cohort-chart)

## Keeping talent at home

For years, graduates of the university's computer science and engineering programmes have tended to leave the region for larger cities. The incubator is one attempt to change that.

Mariana Costa, 24, co-founded Slack Water with a classmate after graduating last spring. She said she had job offers elsewhere but chose to stay.

> "I learned to paddle in the Narrows. The problem we are solving is right outside the window. It would be strange to try to build this from an office a thousand kilometres away," Costa said.

## Part of a bigger picture

The incubator sits a few blocks from the container terminal, whose record traffic has brought new attention to the Foundry Road area. Several of the startups hope to sell services to the port and its tenants.

The university also plans to run evening workshops in the building for high school students, building on the success of programmes like [the Port Alder High robotics team](/articles/port-alder-high-robotics-team-heads-to-nationals).

### What success looks like

Organisers say they will judge the first year by a few simple measures: how many companies are still operating, how many people they employ in Port Alder, and whether they raise further investment. Applications for the second cohort open in the spring on the [incubator's website](https://www.harbourside.example/apply).`,
    comments: [
      {
        name: "Daniel Ferro",
        email: "daniel.ferro@mail.example",
        body: "Slack Water sounds great. The official tide tables are hard to read if you are not a sailor.",
        daysAfter: 2,
        status: "approved",
      },
    ],
  },
  {
    slug: "port-alder-high-robotics-team-heads-to-nationals",
    title: "Port Alder High robotics team heads to nationals with a robot built from salvage",
    excerpt:
      "A team of 12 students built a competition robot largely from donated and recycled parts. Now they are one of 40 teams heading to the national championship.",
    category: "science-tech",
    author: "priya-raman",
    tags: ["education", "startups"],
    daysAgo: 88,
    hour: 18,
    hero: {
      art: art(120, "circuit"),
      caption: "The team's workshop is a converted storage room behind the school gym.",
      alt: "Abstract circuit illustration in green tones",
    },
    bodyImages: [],
    markdown: `The robot that carried Port Alder High School to the national championship has a chassis made from an old hospital bed frame, wheels salvaged from a broken mobility scooter, and a gripper arm the students designed and printed themselves.

It is, by the team's own admission, not the prettiest machine in the competition. But it won the regional qualifier last weekend, beating 31 other schools, many with far larger budgets.

## Built on a shoestring

The team, known as the Tidebots, has 12 members and an annual budget of about 3,000 dollars, most of it raised through bake sales and a car wash. Many rival teams spend ten times that.

Team captain Soraya Haddad, 17, said the lack of money forced the team to think differently.

> "We could not buy the expensive kit, so we had to understand every part we used. When something broke in the final, we knew how to fix it in four minutes because we built it ourselves," Haddad said.

## How the competition works

This year's challenge asks robots to collect and sort coloured balls, climb a ramp, and hang from a bar in the final seconds of each match. Teams are scored on:

1. Points earned during two-and-a-half-minute matches
2. An engineering notebook documenting the design process
3. An interview with judges about teamwork and problem-solving

The Tidebots scored particularly well on the notebook, which runs to more than 200 pages of sketches, failures and fixes.

## Community help

Local businesses have stepped in. [Halvorsen Boatyard](/articles/halvorsen-boatyard-changes-hands) donated welding time, a machine shop on Foundry Road cut custom parts, and the university's engineering department lent the team a 3D printer. The team's coach, physics teacher Gareth Llewellyn, said the support reflected the town's character.

> "This is a place where people fix things. The kids are just doing what their grandparents did on the boats, with more wires," Llewellyn said.

## Getting to nationals

The championship takes place next month, and the team needs to raise about 8,000 dollars for travel and shipping the robot. A fundraising page has been set up through the [school's parent association](https://www.portalderhigh.example/tidebots).

Several team members say they want to study engineering, and a few have already toured the site of a tech incubator planned for Foundry Road. Haddad, for her part, is focused on the next match.

"Our robot falls over sometimes," she said. "We have practised getting it back up."`,
    comments: [
      {
        name: "Mrs. Ortega",
        email: "l.ortega@mail.example",
        body: "So proud of these kids. We donated a bag of scooter parts and now they are going to nationals!",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Kevin Marsh",
        email: "kevin.marsh@mail.example",
        body: "Sent a donation. Go Tidebots!",
        daysAfter: 1,
        status: "approved",
      },
    ],
  },
  {
    slug: "drones-map-retreating-bluffs",
    title: "Drones reveal how fast the Northshore bluffs are retreating",
    excerpt:
      "Five years of drone surveys show sections of the Northshore bluffs losing up to 80 centimetres a year. Several homes now sit closer to the edge than their owners realise.",
    category: "science-tech",
    author: "priya-raman",
    tags: ["coastal-erosion", "climate"],
    daysAgo: 120,
    hour: 9,
    sourceUrl: "https://www.pacificsciencedesk.example/coast/drones-map-alder-bluffs",
    hero: {
      art: art(25, "mountains"),
      caption: "The Northshore bluffs east of Marsh Lane, where erosion is fastest.",
      alt: "Abstract layered ridges in sandy and slate tones",
    },
    bodyImages: [
      { key: "retreat-chart", art: art(20, "bars"), alt: "Bar chart illustration of annual bluff retreat by section" },
    ],
    markdown: `From the beach, the Northshore bluffs look much as they always have: tall, sandy, and crowned with grass. From the air, with five years of data, they tell a different story.

A research team at Alder Coast University has used drones to photograph the same 4-kilometre stretch of bluffs every spring and autumn since the project began. By stitching thousands of overlapping images into three-dimensional models, they can measure how much of the cliff has disappeared between flights.

## What the data shows

The answer varies sharply along the coast. The team found:

- Sections near Gull Point retreating by 10 to 20 centimetres a year
- Sections east of Marsh Lane losing up to 80 centimetres a year
- Occasional large collapses after winter storms, when several metres can fall at once

![Average retreat by section of the bluffs](image:retreat-chart)

> "Averages hide the real risk. A bluff might lose almost nothing for three years and then drop two metres in one night. People plan around the average, but the collapse is what matters," said Dr. Tobias Engel, the geomorphologist who leads the project.

## How drone mapping works

The technique, known as [photogrammetry](https://en.wikipedia.org/wiki/Photogrammetry), relies on taking many overlapping photographs from slightly different positions. Software identifies the same features in multiple images and uses them to reconstruct the shape of the ground.

Graduate student Fatima Diallo, who flies most of the survey missions, said the method is accurate to within a few centimetres.

> "Ten years ago you would need a plane and a very large budget to do this. Now we do it with a drone that fits in a backpack," Diallo said.

## What it means for homeowners

About 30 homes sit within 25 metres of the bluff edge along the surveyed stretch. At the fastest rates measured, some of those properties could be at risk within a few decades.

The research team has shared its data with the city, which is preparing a coastal hazard map. City engineer Tomás Albrecht said the findings will inform decisions about building permits and about long-term protection, including the future of the Northshore seawall.

### Why the bluffs are eroding

Waves undercut the base of the bluffs, especially during winter storms, while rain and groundwater weaken them from above. Rising sea levels mean waves reach the base more often. Engel said the shoreline has always moved, but the pace appears to be increasing.

*This article first appeared in Pacific Science Desk and is republished with permission.*`,
    comments: [
      {
        name: "Edith Sorensen",
        email: "edith.sorensen@mail.example",
        body: "Our house is on Marsh Lane. We lost part of the garden two winters ago.\nIt is frightening to see it in numbers.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Hugo Wainwright",
        email: "hugo.w@mail.example",
        body: "Will the hazard map be public? Buyers deserve to know.",
        daysAfter: 3,
        status: "approved",
      },
    ],
  },
  {
    slug: "wastewater-testing-early-warning",
    title: "Wastewater testing gives Port Alder an early warning for outbreaks",
    excerpt:
      "Samples from the city's treatment plant are now tested twice a week for flu, COVID-19 and other viruses. Health officials say the data arrives days before hospitals see a rise in patients.",
    category: "science-tech",
    author: "maren-holt",
    tags: ["public-health", "city-council"],
    daysAgo: 128,
    hour: 12,
    commentsClosed: true,
    hero: {
      art: art(190, "grid"),
      caption: "The Harbour Road treatment plant, where samples are collected twice a week.",
      alt: "Abstract tiled pattern in cool blue and teal tones",
    },
    bodyImages: [],
    markdown: `Every Monday and Thursday morning, a technician at the Harbour Road wastewater treatment plant fills a small bottle and sends it to a laboratory at Alder Coast University. What comes back a day later is one of the earliest signals the city has that an illness is spreading.

Port Alder has joined a growing number of communities using [wastewater surveillance](https://en.wikipedia.org/wiki/Wastewater_surveillance) to track viruses. Council approved a two-year agreement with the university last month, and the results are now published weekly.

## How it works

People infected with many common viruses shed traces of genetic material in their waste, often before they feel sick. By measuring those traces in sewage, scientists can estimate how much of a virus is circulating in the whole population served by the plant.

The programme currently tracks:

- COVID-19
- Influenza A and B
- Respiratory syncytial virus, or RSV
- Norovirus, the leading cause of stomach flu

> "A rise in wastewater usually shows up four to seven days before we see a rise in clinic visits. That week matters. It is time to warn care homes, stock up on supplies and schedule extra staff," said regional medical health officer Dr. Winston Achterberg.

## Privacy protections

Because samples are taken at the treatment plant, the data reflects the entire city rather than individual homes or neighbourhoods. University researchers say they do not sequence or store human genetic material.

Councillor Ibrahim Sato, who asked several questions about privacy before the vote, said he was satisfied with the safeguards.

> "I wanted to be sure we were measuring viruses, not people. The answers I got were clear," Sato said.

## Cost and results

The agreement costs the city about 90,000 dollars a year, shared with the regional health authority. The first six weeks of data showed a rise in influenza about a week before the emergency department at Port Alder General reported an increase in flu patients.

The new Eastgate walk-in clinic, which [opened this year](/articles/eastgate-walk-in-clinic-opens), is among the services that will receive the weekly reports.

### Where to find the data

Weekly results are published every Friday on the [regional health authority's dashboard](https://www.aldercoasthealth.example/wastewater). Each entry shows whether levels of each virus are low, moderate or high, and whether they are rising or falling.

University researcher Dr. Li Wen, who runs the lab analysis, said the goal is simple: "We want people to check it the way they check the weather."`,
    comments: [
      {
        name: "Joan Whitlock",
        email: "joan.whitlock@mail.example",
        body: "I run a care home and this is exactly the kind of early warning we have been asking for.",
        daysAfter: 2,
        status: "approved",
      },
    ],
  },
  // ---------------------------------------------------------------- Culture
  {
    slug: "harbour-jazz-festival-announces-lineup",
    title: "Harbour Jazz Festival announces its biggest lineup yet",
    excerpt:
      "The festival will add a fifth night and a free outdoor stage on the waterfront. Organisers are also setting aside cheaper tickets for local residents.",
    category: "culture",
    author: "nora-lindqvist",
    tags: ["live-music", "tourism"],
    daysAgo: 13,
    hour: 16,
    hero: {
      art: art(280, "sun"),
      caption: "The festival's main stage faces the harbour at sunset.",
      alt: "Abstract sun with radiating rays in violet and gold",
    },
    bodyImages: [
      { key: "stage-plan", art: art(290, "waves"), alt: "Abstract layered waves in purple tones" },
    ],
    markdown: `The Harbour Jazz Festival is getting bigger. Organisers on Thursday announced a fifth night, a free outdoor stage on the waterfront and the largest lineup in the festival's 23-year history.

The festival sold out all four nights last year, part of [a record summer for tourism on the Alder Coast](/articles/record-summer-for-alder-coast-tourism). This year, organisers say, they want more of the city to be able to hear the music.

## The lineup

Artistic director Celeste Moreau described this year's programme as a mix of returning favourites and musicians who have never played the coast before. Highlights include:

- A headline set from saxophonist Darnell Price and his nine-piece band on opening night
- The Marisol Vega Trio, whose Latin jazz sold out the festival's smallest venue in two hours last year
- A late-night organ session featuring Hammond player Otis Delacroix
- A tribute to Port Alder pianist Evelyn Marsh, who played the first festival and died last winter
- A showcase of student ensembles from high schools across the region

> "We wanted a programme that feels like a conversation between generations. Evelyn Marsh taught half the musicians in this town, and some of her students are now on the same bill as the people she used to listen to on records," Moreau said.

## A free stage

The biggest change is a free outdoor stage on the Pier Four plaza, running every afternoon of the festival. Local bands will play alongside some of the visiting artists, and food trucks will line the plaza.

![Layout of the waterfront stage](image:stage-plan)

Festival chair Winston Obi said the free stage was a response to criticism that the festival had become too expensive for residents.

> "A jazz festival that people in Port Alder cannot afford to attend is not really our festival. The free stage fixes part of that. It will not fix all of it," Obi said.

## Tickets

Tickets go on sale next Friday. For the first time, the festival will set aside 500 reduced-price tickets for residents with a local postal code. Ticket options:

1. Single-night passes, from 45 dollars
2. Full festival passes, 190 dollars
3. Resident tickets, 25 dollars per night, limited to two per household

Full details and the complete schedule are on the [festival website](https://www.harbourjazz.example/lineup). Those new to the genre can start with [Wikipedia's history of jazz](https://en.wikipedia.org/wiki/Jazz) before the first downbeat.`,
    comments: [
      {
        name: "Lorraine Beck",
        email: "lorraine.beck@mail.example",
        body: "Evelyn Marsh taught me piano when I was eight. I will be there for the tribute with tissues.",
        daysAfter: 0,
        status: "approved",
      },
      {
        name: "Andre Fontaine",
        email: "andre.fontaine@mail.example",
        body: "Resident tickets are a great idea. Two per household is a bit tight for families, though.",
        daysAfter: 1,
        status: "approved",
      },
    ],
  },
  {
    slug: "maritime-museum-shipwreck-exhibit",
    title: "Maritime museum brings the wreck of the Margaret Dale back to the surface",
    excerpt:
      "A new exhibition at the Port Alder Maritime Museum tells the story of the cargo steamer that sank off Gull Point in 1911. Artefacts recovered by local divers are on display for the first time.",
    category: "culture",
    author: "nora-lindqvist",
    tags: ["local-history", "arts", "waterfront"],
    daysAgo: 45,
    hour: 11,
    updatedHoursLater: 3,
    hero: {
      art: art(220, "waves"),
      caption: "The exhibition recreates the stormy night the Margaret Dale went down.",
      alt: "Abstract illustration of dark blue waves under a pale moon",
    },
    bodyImages: [
      { key: "gallery", art: art(210, "mountains"), alt: "Layered blue ridges evoking a stormy coastline" },
    ],
    markdown: `On a November night in 1911, the cargo steamer Margaret Dale ran onto the rocks off Gull Point in a gale and sank within an hour. Eleven of her 19 crew survived, pulled from the water by fishermen who rowed out from the Northshore in open boats.

More than a century later, the ship is the subject of the most ambitious exhibition in the Port Alder Maritime Museum's history. *The Margaret Dale: One Night at Gull Point* opened on Saturday and runs until the end of next year.

## From the seabed to the gallery

The exhibition is built around more than 200 objects recovered from the wreck by volunteer divers over the past six years, working under a permit from the provincial heritage office. They include the ship's bell, a set of brass navigation instruments, crockery stamped with the shipping line's emblem and a pocket watch stopped at 2:47.

Curator Beatrix Oyelaran said the watch was the object that changed the project.

> "Until we found it, the sinking was a date in a ledger. Suddenly it was a moment. Someone was carrying that watch when the water came in," Oyelaran said.

## What visitors will see

The exhibition is arranged in four rooms:

- **The voyage**, tracing the ship's route and cargo of timber and canned salmon
- **The storm**, a darkened gallery with sound and projected light recreating the night of the wreck
- **The rescue**, telling the story of the Northshore fishermen who saved eleven lives
- **The dive**, showing how the wreck was found and documented using modern techniques

![The storm gallery](image:gallery)

## Descendants on both sides

Among the visitors at the opening were descendants of both the crew and the rescuers. Agnes Thornbury, whose great-grandfather was one of the fishermen, travelled from the interior for the occasion.

> "My family always told the story, but I was never sure how much of it was true. Seeing his name on the wall next to the men he pulled out of the sea, that was something," Thornbury said.

Several of the rescuers' families still live on the Northshore, and some of their descendants work at [Halvorsen Boatyard](/articles/halvorsen-boatyard-changes-hands), which has repaired fishing boats in the area for seven decades.

## Visiting

The museum is open Wednesday to Sunday. Admission is free for children and for residents on the first Sunday of every month. Background on the broader history of shipwrecks and salvage is available in [Wikipedia's article on shipwrecks](https://en.wikipedia.org/wiki/Shipwreck), and the museum has published a guide for school groups on its [education page](https://www.portaldermaritime.example/education).

*This article was updated to correct the number of surviving crew members.*`,
    comments: [
      {
        name: "Marguerite Olsen",
        email: "m.olsen@mail.example",
        body: "Went on opening day. The storm room gave me chills. Bring the kids, they will love it.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Peter Vance",
        email: "peter.vance@mail.example",
        body: "My grandfather used to talk about the Margaret Dale.\nI never knew divers had found so much.",
        daysAfter: 2,
        status: "approved",
      },
    ],
  },
  {
    slug: "eastgate-mural-project",
    title: "Eastgate mural project turns blank walls into a neighbourhood gallery",
    excerpt:
      "Twelve large murals have gone up across Eastgate this summer, painted by local artists with input from residents. The city wants to expand the programme to other neighbourhoods.",
    category: "culture",
    author: "nora-lindqvist",
    tags: ["arts", "city-council"],
    daysAgo: 71,
    hour: 14,
    hero: {
      art: art(330, "grid"),
      caption: "One of twelve new murals on the walls of Eastgate apartment buildings.",
      alt: "Abstract geometric tiles in pink, magenta and teal",
    },
    bodyImages: [
      { key: "mural-detail", art: art(340, "leaves"), alt: "Abstract leaf shapes in rose and crimson tones" },
    ],
    markdown: `Walk along Tern Street in Eastgate and you will now pass a thirty-metre heron, a grandmother teaching a child to mend a fishing net, and a swirl of colour that, on closer inspection, is a map of every bus route in the city.

They are three of the twelve murals painted across the neighbourhood this summer as part of Walls of Eastgate, a project funded by the city's public art programme and organised by a local arts collective.

## Residents chose the themes

Unlike many public art projects, the murals were not chosen by a jury working from artists' proposals. Instead, the organisers held a series of community meetings where residents described what they wanted to see on their walls.

Project organiser Dalia Ferrante said the process took longer than expected but produced better results.

> "People told us stories about their grandparents, their jobs, the birds they see from their windows. The artists took those stories and made them enormous. That is the whole idea," Ferrante said.

The themes that emerged most often included:

- The fishing and cannery work that brought many families to Eastgate
- Birds and wildlife from the nearby tidal flats
- Languages spoken in the neighbourhood, more than twenty by the organisers' count
- Community landmarks, including the new walk-in clinic

![Detail from one of the murals](image:mural-detail)

## The artists

Twelve artists were selected, nine of whom live in Port Alder. For several, it was the largest work they had ever attempted. Painter Kofi Mensah, who created the heron on the side of an apartment building on Tern Street, said he spent three weeks on a lift.

> "My studio is the size of a bathroom. This wall is the size of a swimming pool. I had to learn to paint with my whole arm," Mensah said.

The heron faces the building that houses the [Eastgate walk-in clinic](/articles/eastgate-walk-in-clinic-opens), and staff say patients often stop to look at it on their way in.

## What it cost

The project's total budget was about 240,000 dollars, covering artist fees, paint, equipment rental and anti-graffiti coating. Building owners agreed to keep the murals in place for at least ten years.

Council's arts committee has asked staff to prepare a plan for similar projects in Southside and Hillcrest. Councillor Ama Boateng said the murals had changed how residents talk about their neighbourhood.

"People used to describe Eastgate by what it lacked," she said. "Now they give you directions by the murals."

### Take a walk

A free map of all twelve murals is available from the [public art programme's website](https://www.portalder.example/arts/walls-of-eastgate). Guided walks with the artists run on the first Saturday of each month. For context, [Wikipedia's article on murals](https://en.wikipedia.org/wiki/Mural) traces the long history of painting on public walls.`,
    comments: [
      {
        name: "Yusuf Demir",
        email: "yusuf.demir@mail.example",
        body: "The heron is stunning. My daughter says good morning to it every day on the way to school.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Clara Hendricks",
        email: "clara.h@mail.example",
        body: "Please bring this to Hillcrest next. We have plenty of grey walls.",
        daysAfter: 4,
        status: "approved",
      },
      {
        name: "R. Polanski",
        email: "rpolanski@mail.example",
        body: "Nice art but 240,000 dollars could have fixed a lot of potholes.",
        daysAfter: 5,
        status: "pending",
      },
    ],
  },
  {
    slug: "night-market-returns-to-pier-four",
    title: "Night market returns to Pier Four with more stalls and later hours",
    excerpt:
      "The Pier Four Night Market is back for its fourth season with 60 vendors, live music and hours stretching to midnight on Saturdays.",
    category: "culture",
    author: "nora-lindqvist",
    tags: ["food-and-drink", "small-business", "live-music"],
    daysAgo: 104,
    hour: 19,
    hero: {
      art: art(290, "skyline"),
      caption: "Strings of lights over the Pier Four Night Market.",
      alt: "Abstract city skyline at night with lit windows in purple tones",
    },
    bodyImages: [
      { key: "market-lights", art: art(45, "sun"), alt: "Abstract glowing sun with rays in warm gold" },
    ],
    markdown: `The smell of grilled corn and charcoal drifted across the harbour on Friday evening as the Pier Four Night Market opened its fourth season, bigger and later than ever.

About 60 vendors lined the pier under strings of lights, selling dumplings, flatbreads, ceramics, second-hand records and hand-knitted hats. A brass band played near the entrance, and by 9 p.m. the queue for the most popular stalls stretched past the old ticket booth.

## From twenty stalls to sixty

The market began four years ago with 20 vendors and a borrowed generator. Organiser Hyun-woo Park, who also runs a noodle stall, said the early days were chaotic.

> "The first night it rained, the power went out twice, and we ran out of everything by eight o'clock. Somehow people came back the next week," Park said.

This season the market will run every Friday and Saturday until the end of September, closing at 11 p.m. on Fridays and midnight on Saturdays.

## What to eat

With sixty stalls, choosing is the hardest part. A few standouts from opening night:

- Hand-pulled noodles with chilli oil at Park's own stall, **Long Table**
- Grilled mackerel sandwiches from **Salt and Smoke**, made with fish from the Northshore fleet
- Ethiopian injera platters from **Selam Kitchen**
- Cardamom buns from **Lark Bakery**, which sold out by 9:30

![Lights over the market](image:market-lights)

## A launching pad for small businesses

For many vendors, the market is a low-cost way to test a business idea. A stall costs 60 dollars a night, and the organisers provide tents, power and waste collection.

Several vendors have gone on to open permanent locations. Lark Bakery's owner, Priyanka Sandhu, said the market gave her the confidence and the customer base to look for a storefront.

> "At a market, people tell you immediately whether your food is good. That is worth more than any business plan," Sandhu said.

## Music every night

The market has also become an informal stage for local musicians. This year, organisers have booked a different act every night, from folk duos to a steel drum ensemble. Anyone who enjoyed the busy waterfront during [the record tourist season](/articles/record-summer-for-alder-coast-tourism) will find it just as lively on a Friday night, with more locals in the crowd.

### Getting there

The market is a short walk from the Alder Street bus stops. Parking on the pier is limited, and organisers encourage visitors to walk, cycle or take transit. The full vendor list is posted on the [market's website](https://www.pierfourmarket.example/vendors).`,
    comments: [
      {
        name: "Jamal Whitfield",
        email: "jamal.whitfield@mail.example",
        body: "The mackerel sandwich is the best thing I have eaten all year. No exaggeration.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Sophie Laurent",
        email: "sophie.laurent@mail.example",
        body: "Lovely night, but please add more bins near the far end of the pier.",
        daysAfter: 2,
        status: "approved",
      },
    ],
  },
  {
    slug: "lantern-players-celebrate-fifty-years",
    title: "The Lantern Players celebrate fifty years of community theatre",
    excerpt:
      "Port Alder's amateur theatre company marks its 50th season with a revival of the play that started it all. Generations of local actors, carpenters and costume makers are taking part.",
    category: "culture",
    author: "nora-lindqvist",
    tags: ["arts", "local-history"],
    daysAgo: 137,
    hour: 17,
    hero: {
      art: art(20, "leaves"),
      caption: "The Lantern Players rehearse in the old Oddfellows Hall on Bell Street.",
      alt: "Abstract illustration of autumn leaves in amber and rust",
    },
    bodyImages: [
      { key: "stage", art: art(15, "sun"), alt: "Abstract spotlight-like sun with radiating rays" },
    ],
    markdown: `In the autumn of 1974, a group of friends borrowed a church basement, hung a few paraffin lanterns for stage lighting and put on a play about a lighthouse keeper. Sixty people came. The Lantern Players were born.

Fifty years later, the company is still going, and for its anniversary season it is reviving that first production, *The Keeper of Gull Light*, written by founding member Harold Price.

## A company built by volunteers

The Lantern Players have never had a paid actor. Everyone, from the lead performers to the people who sew costumes and sell raffle tickets, is a volunteer. Over five decades, the company estimates, more than 2,000 people have taken part in its productions.

Director Vivienne Achebe, who first appeared on stage with the company at age nine, said that continuity is the company's great strength.

> "In this production we have a woman playing the keeper's wife whose mother played the same role in 1974. We have a set builder whose grandfather built the original lighthouse out of plywood. You cannot buy that," Achebe said.

## Fifty years in numbers

The company has put together a short history for its anniversary programme. Some highlights:

- More than 180 productions, from Shakespeare to pantomime
- Four different homes, including the church basement, a school gym and the current Oddfellows Hall
- One flood, in 1996, that destroyed most of the costume collection
- One wedding, between the leads of a 1983 production of *Much Ado About Nothing*

![The stage at Oddfellows Hall](image:stage)

## Reviving the original

Price's play tells the story of a lighthouse keeper on the Northshore who must decide whether to abandon his post during a storm to help a fishing boat in trouble. Achebe said it still resonates in a town shaped by the sea.

> "It is a play about duty and about community. Those things have not gone out of fashion here," she said.

The production features a new set designed by volunteers who drew on historical photographs of real lighthouses along the coast. The history of such stations is outlined in [Wikipedia's article on lighthouses](https://en.wikipedia.org/wiki/Lighthouse). One of the builders, retired shipwright Erik Halvorsen, helped shape the curved walls of the tower using techniques from [his family's boatyard](/articles/halvorsen-boatyard-changes-hands).

## Performances

*The Keeper of Gull Light* runs for three weekends at the Oddfellows Hall on Bell Street. Tickets are 20 dollars, or 10 dollars for students and seniors, and are available from the [Lantern Players website](https://www.lanternplayers.example/tickets). The company is also collecting memories and photographs from past members for a digital archive.`,
    comments: [
      {
        name: "Ruth Ellingham",
        email: "ruth.ellingham@mail.example",
        body: "I was in the 1983 Much Ado. I can confirm the wedding happened and they are still married!",
        daysAfter: 2,
        status: "approved",
      },
      {
        name: "George Pratt",
        email: "george.pratt@mail.example",
        body: "Saw opening night. Wonderful set, and the storm scene was genuinely tense.",
        daysAfter: 6,
        status: "approved",
      },
    ],
  },
  {
    slug: "oyster-and-chowder-festival-returns",
    title: "Oyster and chowder festival returns with a new focus on local growers",
    excerpt:
      "The annual seafood festival on the Northshore docks will feature only shellfish from Alder Coast farms this year. Growers say the change puts a spotlight on a quietly growing industry.",
    category: "culture",
    author: "nora-lindqvist",
    tags: ["food-and-drink", "tourism", "fisheries"],
    daysAgo: 159,
    hour: 12,
    hero: {
      art: art(15, "sun"),
      caption: "The festival takes over the Northshore docks for one weekend each year.",
      alt: "Abstract sun over the sea in warm coral tones",
    },
    bodyImages: [],
    markdown: `The Northshore Oyster and Chowder Festival has always been a celebration of seafood. This year, organisers say, it will also be a celebration of the people who grow it.

For the first time, every oyster, clam and mussel served at the two-day festival will come from shellfish farms on the Alder Coast. In previous years, organisers bought from wherever they could find enough supply.

## A growing industry

There are now 17 licensed shellfish farms along the region's sheltered bays and inlets, up from six a decade ago. Most are small, family-run operations that raise oysters in floating bags or on the tidal flats.

Marit Lindahl, who farms oysters in Heron Inlet with her partner, said the festival change is a big deal for growers who usually sell to restaurants far away.

> "Most people in Port Alder have eaten oysters from Heron Inlet without knowing it, usually in a restaurant three hundred kilometres away. This is the first time we get to feed our neighbours," Lindahl said.

Shellfish farming is often described as one of the more sustainable forms of food production, since oysters filter the water as they feed. An overview of the practice is available on [Wikipedia's oyster farming page](https://en.wikipedia.org/wiki/Oyster_farming).

## What is on the menu

The festival will run Saturday and Sunday on the Northshore docks. The programme includes:

1. The chowder competition, with 18 restaurants and home cooks competing for the Golden Ladle
2. An oyster shucking contest, open to professionals and amateurs
3. Tours of a working oyster farm by boat, limited to 20 people per trip
4. A children's tent with tide pool touch tanks from the Alder Coast Marine Station

## The chowder question

The chowder competition remains the festival's main event, and the debate over what belongs in a proper chowder continues. Last year's winner, retired cannery worker Dolores Pinto, is defending her title with the same recipe she has used for forty years.

> "Potatoes, bacon, cream, clams. Anything else is soup," Pinto said.

Chef Tobias Renwick of the Harbour Street restaurant Saltgrass, who finished second last year, said he was not planning to follow her advice. "I respect Dolores enormously," he said. "But I am bringing smoked mussels."

## Getting there

Entry is free, with food and drink sold by token. Organisers recommend arriving early on Saturday, when the chowder tasting begins at noon. Shuttle buses will run from the Alder Street terminal every fifteen minutes. More information is available on the [festival's website](https://www.northshoreoysterfest.example).`,
    comments: [
      {
        name: "Walter Brisbane",
        email: "walter.brisbane@mail.example",
        body: "Dolores is right. Anything else is soup.",
        daysAfter: 1,
        status: "approved",
      },
      {
        name: "Elena Kostas",
        email: "elena.kostas@mail.example",
        body: "The boat tour was the highlight of our weekend.\nBook early, it filled up fast.",
        daysAfter: 3,
        status: "approved",
      },
    ],
  },
];
