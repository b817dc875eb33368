import { art } from "../art";
import type { DemoArticle } from "../articles";

export const rentRegistryProposalDividesCouncil: DemoArticle = {
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
};
