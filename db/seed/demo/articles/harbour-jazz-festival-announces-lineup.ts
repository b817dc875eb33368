import { art } from "../art";
import type { DemoArticle } from "../articles";

export const harbourJazzFestivalAnnouncesLineup: DemoArticle = {
  slug: "harbour-jazz-festival-announces-lineup",
  title: "Harbour Jazz Festival announces its biggest lineup yet",
  excerpt:
    "The festival will add a fifth night and a free outdoor stage on the waterfront. Organisers are also setting aside cheaper tickets for local residents.",
  category: "culture",
  author: "nora-lindqvist",
  tags: ["live-music", "tourism"],
  daysAgo: 13,
  hour: 16,
  hero: {
    art: art(280, "sun"),
    caption: "The festival's main stage faces the harbour at sunset.",
    alt: "Abstract sun with radiating rays in violet and gold",
  },
  bodyImages: [
    { key: "stage-plan", art: art(290, "waves"), alt: "Abstract layered waves in purple tones" },
  ],
  markdown: `The Harbour Jazz Festival is getting bigger. Organisers on Thursday announced a fifth night, a free outdoor stage on the waterfront and the largest lineup in the festival's 23-year history.

The festival sold out all four nights last year, part of [a record summer for tourism on the Alder Coast](/articles/record-summer-for-alder-coast-tourism). This year, organisers say, they want more of the city to be able to hear the music.

## The lineup

Artistic director Celeste Moreau described this year's programme as a mix of returning favourites and musicians who have never played the coast before. Highlights include:

- A headline set from saxophonist Darnell Price and his nine-piece band on opening night
- The Marisol Vega Trio, whose Latin jazz sold out the festival's smallest venue in two hours last year
- A late-night organ session featuring Hammond player Otis Delacroix
- A tribute to Port Alder pianist Evelyn Marsh, who played the first festival and died last winter
- A showcase of student ensembles from high schools across the region

> "We wanted a programme that feels like a conversation between generations. Evelyn Marsh taught half the musicians in this town, and some of her students are now on the same bill as the people she used to listen to on records," Moreau said.

## A free stage

The biggest change is a free outdoor stage on the Pier Four plaza, running every afternoon of the festival. Local bands will play alongside some of the visiting artists, and food trucks will line the plaza.

![Layout of the waterfront stage](image:stage-plan)

Festival chair Winston Obi said the free stage was a response to criticism that the festival had become too expensive for residents.

> "A jazz festival that people in Port Alder cannot afford to attend is not really our festival. The free stage fixes part of that. It will not fix all of it," Obi said.

## Tickets

Tickets go on sale next Friday. For the first time, the festival will set aside 500 reduced-price tickets for residents with a local postal code. Ticket options:

1. Single-night passes, from 45 dollars
2. Full festival passes, 190 dollars
3. Resident tickets, 25 dollars per night, limited to two per household

Full details and the complete schedule are on the [festival website](https://www.harbourjazz.example/lineup). Those new to the genre can start with [Wikipedia's history of jazz](https://en.wikipedia.org/wiki/Jazz) before the first downbeat.`,
  comments: [
    {
      name: "Lorraine Beck",
      email: "lorraine.beck@mail.example",
      body: "Evelyn Marsh taught me piano when I was eight. I will be there for the tribute with tissues.",
      daysAfter: 0,
      status: "approved",
    },
    {
      name: "Andre Fontaine",
      email: "andre.fontaine@mail.example",
      body: "Resident tickets are a great idea. Two per household is a bit tight for families, though.",
      daysAfter: 1,
      status: "approved",
    },
  ],
};
