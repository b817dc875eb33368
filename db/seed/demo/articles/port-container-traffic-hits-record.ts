import { art } from "../art";
import type { DemoArticle } from "../articles";

export const portContainerTrafficHitsRecord: DemoArticle = {
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
};
