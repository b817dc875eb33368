import { art } from "../art";
import type { DemoArticle } from "../articles";

export const fishingFleetBracesForQuotaCut: DemoArticle = {
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
};
