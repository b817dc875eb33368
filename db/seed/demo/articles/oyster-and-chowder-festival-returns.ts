import { art } from "../art";
import type { DemoArticle } from "../articles";

export const oysterAndChowderFestivalReturns: DemoArticle = {
  slug: "oyster-and-chowder-festival-returns",
  title: "Oyster and chowder festival returns with a new focus on local growers",
  excerpt:
    "The annual seafood festival on the Northshore docks will feature only shellfish from Alder Coast farms this year. Growers say the change puts a spotlight on a quietly growing industry.",
  category: "culture",
  author: "nora-lindqvist",
  tags: ["food-and-drink", "tourism", "fisheries"],
  daysAgo: 159,
  hour: 12,
  hero: {
    art: art(15, "sun"),
    caption: "The festival takes over the Northshore docks for one weekend each year.",
    alt: "Abstract sun over the sea in warm coral tones",
  },
  bodyImages: [],
  markdown: `The Northshore Oyster and Chowder Festival has always been a celebration of seafood. This year, organisers say, it will also be a celebration of the people who grow it.

For the first time, every oyster, clam and mussel served at the two-day festival will come from shellfish farms on the Alder Coast. In previous years, organisers bought from wherever they could find enough supply.

## A growing industry

There are now 17 licensed shellfish farms along the region's sheltered bays and inlets, up from six a decade ago. Most are small, family-run operations that raise oysters in floating bags or on the tidal flats.

Marit Lindahl, who farms oysters in Heron Inlet with her partner, said the festival change is a big deal for growers who usually sell to restaurants far away.

> "Most people in Port Alder have eaten oysters from Heron Inlet without knowing it, usually in a restaurant three hundred kilometres away. This is the first time we get to feed our neighbours," Lindahl said.

Shellfish farming is often described as one of the more sustainable forms of food production, since oysters filter the water as they feed. An overview of the practice is available on [Wikipedia's oyster farming page](https://en.wikipedia.org/wiki/Oyster_farming).

## What is on the menu

The festival will run Saturday and Sunday on the Northshore docks. The programme includes:

1. The chowder competition, with 18 restaurants and home cooks competing for the Golden Ladle
2. An oyster shucking contest, open to professionals and amateurs
3. Tours of a working oyster farm by boat, limited to 20 people per trip
4. A children's tent with tide pool touch tanks from the Alder Coast Marine Station

## The chowder question

The chowder competition remains the festival's main event, and the debate over what belongs in a proper chowder continues. Last year's winner, retired cannery worker Dolores Pinto, is defending her title with the same recipe she has used for forty years.

> "Potatoes, bacon, cream, clams. Anything else is soup," Pinto said.

Chef Tobias Renwick of the Harbour Street restaurant Saltgrass, who finished second last year, said he was not planning to follow her advice. "I respect Dolores enormously," he said. "But I am bringing smoked mussels."

## Getting there

Entry is free, with food and drink sold by token. Organisers recommend arriving early on Saturday, when the chowder tasting begins at noon. Shuttle buses will run from the Alder Street terminal every fifteen minutes. More information is available on the [festival's website](https://www.northshoreoysterfest.example).`,
  comments: [
    {
      name: "Walter Brisbane",
      email: "walter.brisbane@mail.example",
      body: "Dolores is right. Anything else is soup.",
      daysAfter: 1,
      status: "approved",
    },
    {
      name: "Elena Kostas",
      email: "elena.kostas@mail.example",
      body: "The boat tour was the highlight of our weekend.\nBook early, it filled up fast.",
      daysAfter: 3,
      status: "approved",
    },
  ],
};
