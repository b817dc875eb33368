import { art } from "../art";
import type { DemoArticle } from "../articles";

export const dronesMapRetreatingBluffs: DemoArticle = {
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
};
