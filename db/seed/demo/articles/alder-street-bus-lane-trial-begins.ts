import { art } from "../art";
import type { DemoArticle } from "../articles";

export const alderStreetBusLaneTrialBegins: DemoArticle = {
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
      name: "Marisol Tenney",
      email: "m.tenney@mail.example",
      body: "The turn is allowed only at the marked gaps. A sign before Bell Street would have saved a lot of honking.",
      daysAfter: 1,
      status: "approved",
      replyTo: 1,
    },
    {
      name: "Pat Gilroy",
      email: "pgilroy@mail.example",
      body: "That explains it, thank you. I had been waiting for the whole block.",
      daysAfter: 1,
      status: "approved",
      replyTo: 2,
    },
    {
      name: "BestDealsNow",
      email: "promo@mail.example",
      body: "Cheap car insurance quotes in 60 seconds!!! Click my profile for the best rates on the coast.",
      daysAfter: 2,
      status: "spam",
    },
  ],
};
