import { art } from "../art";
import type { DemoArticle } from "../articles";

export const councilApprovesFirstPhaseOfHarbourExpansion: DemoArticle = {
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
};
