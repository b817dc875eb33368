import { art } from "../art";
import type { DemoArticle } from "../articles";

export const northshoreSeawallRepairsToStartBeforeWinter: DemoArticle = {
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
};
