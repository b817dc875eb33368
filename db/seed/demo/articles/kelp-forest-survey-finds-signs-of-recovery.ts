import { art } from "../art";
import type { DemoArticle } from "../articles";

export const kelpForestSurveyFindsSignsOfRecovery: DemoArticle = {
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
};
