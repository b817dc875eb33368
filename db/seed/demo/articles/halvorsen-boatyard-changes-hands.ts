import { art } from "../art";
import type { DemoArticle } from "../articles";

export const halvorsenBoatyardChangesHands: DemoArticle = {
  slug: "halvorsen-boatyard-changes-hands",
  title: "Halvorsen Boatyard changes hands after 71 years in one family",
  excerpt:
    "The Northshore boatyard that has built and repaired local fishing vessels since 1953 has been sold to two of its own shipwrights. The new owners promise to keep the name and the crew.",
  category: "business",
  author: "theo-baptiste",
  tags: ["small-business", "local-history", "jobs"],
  daysAgo: 149,
  hour: 14,
  hero: {
    art: art(200, "mountains"),
    caption: "Halvorsen Boatyard sits at the foot of the Northshore hills.",
    alt: "Abstract layered blue mountain ridges under a pale sky",
  },
  bodyImages: [],
  markdown: `For 71 years, if a fishing boat on the Alder Coast needed a new hull, a rebuilt engine or a coat of bottom paint, there was a good chance it went to Halvorsen Boatyard. This month, the family that founded it handed over the keys.

Erik Halvorsen, 74, the son of the yard's founder, has sold the business to two of his longtime employees, shipwrights Jonah Whitaker and Amara Nwosu. The price was not disclosed.

## Keeping it local

Halvorsen said he received two offers from outside buyers over the past few years, including one from a developer interested in the waterfront land. He turned both down.

> "I could have made more money selling to a condo builder. Then where do the boats go? I did not want to be the Halvorsen who ended it," he said.

Instead, he worked out a deal with Whitaker and Nwosu that allows them to pay part of the price over ten years. A regional credit union and a small business loan programme provided the rest.

## The new owners

Whitaker has worked at the yard for 19 years, starting as a teenager sweeping floors. Nwosu arrived eight years ago after training in wooden boat construction. Both say they intend to keep the yard much as it is.

> "The customers trust this place because the same people have been here for decades. Our job is not to change that. Our job is to make sure it is still here in another 70 years," Nwosu said.

Their plans for the first few years include:

1. Keeping all 14 current employees and the Halvorsen name
2. Adding a second haul-out slip to reduce waiting times
3. Starting an apprenticeship programme with the regional college
4. Offering repair services for the growing number of electric and hybrid workboats

## A changing industry

The sale comes at a difficult time for the local fleet, which faces rising fuel and insurance costs and shrinking groundfish stocks. Fewer boats fishing means fewer boats in need of repair.

Whitaker acknowledged the risk, but said the yard has always adapted. In the 1980s, it survived a collapse in the salmon fishery by taking on ferry maintenance and pleasure boats.

## A family history

The yard was founded in 1953 by Olav Halvorsen, who arrived from Norway with a set of hand tools and, according to family lore, very little English. The history of boatbuilding traditions he brought with him is described in the [Wikipedia article on boatbuilding](https://en.wikipedia.org/wiki/Boatbuilding).

Erik Halvorsen says he will still come by most mornings. "They have told me I can have a chair by the coffee pot," he said. "I intend to use it."`,
  comments: [
    {
      name: "Tom Baranski",
      email: "tom.baranski@mail.example",
      body: "Erik rebuilt my father's boat in 1989 and it is still fishing. Best of luck to Jonah and Amara.",
      daysAfter: 1,
      status: "approved",
    },
    {
      name: "Ingrid Halvorsen-Lee",
      email: "ingrid.hl@mail.example",
      body: "So proud of my uncle for doing this the right way.",
      daysAfter: 2,
      status: "approved",
    },
  ],
};
