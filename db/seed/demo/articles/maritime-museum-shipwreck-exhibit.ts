import { art } from "../art";
import type { DemoArticle } from "../articles";

export const maritimeMuseumShipwreckExhibit: DemoArticle = {
  slug: "maritime-museum-shipwreck-exhibit",
  title: "Maritime museum brings the wreck of the Margaret Dale back to the surface",
  excerpt:
    "A new exhibition at the Port Alder Maritime Museum tells the story of the cargo steamer that sank off Gull Point in 1911. Artefacts recovered by local divers are on display for the first time.",
  category: "culture",
  author: "nora-lindqvist",
  tags: ["local-history", "arts", "waterfront"],
  daysAgo: 45,
  hour: 11,
  updatedHoursLater: 3,
  hero: {
    art: art(220, "waves"),
    caption: "The exhibition recreates the stormy night the Margaret Dale went down.",
    alt: "Abstract illustration of dark blue waves under a pale moon",
  },
  bodyImages: [
    { key: "gallery", art: art(210, "mountains"), alt: "Layered blue ridges evoking a stormy coastline" },
  ],
  markdown: `On a November night in 1911, the cargo steamer Margaret Dale ran onto the rocks off Gull Point in a gale and sank within an hour. Eleven of her 19 crew survived, pulled from the water by fishermen who rowed out from the Northshore in open boats.

More than a century later, the ship is the subject of the most ambitious exhibition in the Port Alder Maritime Museum's history. *The Margaret Dale: One Night at Gull Point* opened on Saturday and runs until the end of next year.

## From the seabed to the gallery

The exhibition is built around more than 200 objects recovered from the wreck by volunteer divers over the past six years, working under a permit from the provincial heritage office. They include the ship's bell, a set of brass navigation instruments, crockery stamped with the shipping line's emblem and a pocket watch stopped at 2:47.

Curator Beatrix Oyelaran said the watch was the object that changed the project.

> "Until we found it, the sinking was a date in a ledger. Suddenly it was a moment. Someone was carrying that watch when the water came in," Oyelaran said.

## What visitors will see

The exhibition is arranged in four rooms:

- **The voyage**, tracing the ship's route and cargo of timber and canned salmon
- **The storm**, a darkened gallery with sound and projected light recreating the night of the wreck
- **The rescue**, telling the story of the Northshore fishermen who saved eleven lives
- **The dive**, showing how the wreck was found and documented using modern techniques

![The storm gallery](image:gallery)

## Descendants on both sides

Among the visitors at the opening were descendants of both the crew and the rescuers. Agnes Thornbury, whose great-grandfather was one of the fishermen, travelled from the interior for the occasion.

> "My family always told the story, but I was never sure how much of it was true. Seeing his name on the wall next to the men he pulled out of the sea, that was something," Thornbury said.

Several of the rescuers' families still live on the Northshore, and some of their descendants work at [Halvorsen Boatyard](/articles/halvorsen-boatyard-changes-hands), which has repaired fishing boats in the area for seven decades.

## Visiting

The museum is open Wednesday to Sunday. Admission is free for children and for residents on the first Sunday of every month. Background on the broader history of shipwrecks and salvage is available in [Wikipedia's article on shipwrecks](https://en.wikipedia.org/wiki/Shipwreck), and the museum has published a guide for school groups on its [education page](https://www.portaldermaritime.example/education).

*This article was updated to correct the number of surviving crew members.*`,
  comments: [
    {
      name: "Marguerite Olsen",
      email: "m.olsen@mail.example",
      body: "Went on opening day. The storm room gave me chills. Bring the kids, they will love it.",
      daysAfter: 1,
      status: "approved",
    },
    {
      name: "Peter Vance",
      email: "peter.vance@mail.example",
      body: "My grandfather used to talk about the Margaret Dale.\nI never knew divers had found so much.",
      daysAfter: 2,
      status: "approved",
    },
  ],
};
