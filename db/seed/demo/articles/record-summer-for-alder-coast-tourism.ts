import { art } from "../art";
import type { DemoArticle } from "../articles";

export const recordSummerForAlderCoastTourism: DemoArticle = {
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
};
