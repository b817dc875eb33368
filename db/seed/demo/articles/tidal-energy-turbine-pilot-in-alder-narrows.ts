import { art } from "../art";
import type { DemoArticle } from "../articles";

export const tidalEnergyTurbinePilotInAlderNarrows: DemoArticle = {
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
};
