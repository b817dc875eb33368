import { art } from "../art";
import type { DemoArticle } from "../articles";

export const lanternPlayersCelebrateFiftyYears: DemoArticle = {
  slug: "lantern-players-celebrate-fifty-years",
  title: "The Lantern Players celebrate fifty years of community theatre",
  excerpt:
    "Port Alder's amateur theatre company marks its 50th season with a revival of the play that started it all. Generations of local actors, carpenters and costume makers are taking part.",
  category: "culture",
  author: "nora-lindqvist",
  tags: ["arts", "local-history"],
  daysAgo: 137,
  hour: 17,
  hero: {
    art: art(20, "leaves"),
    caption: "The Lantern Players rehearse in the old Oddfellows Hall on Bell Street.",
    alt: "Abstract illustration of autumn leaves in amber and rust",
  },
  bodyImages: [
    { key: "stage", art: art(15, "sun"), alt: "Abstract spotlight-like sun with radiating rays" },
  ],
  markdown: `In the autumn of 1974, a group of friends borrowed a church basement, hung a few paraffin lanterns for stage lighting and put on a play about a lighthouse keeper. Sixty people came. The Lantern Players were born.

Fifty years later, the company is still going, and for its anniversary season it is reviving that first production, *The Keeper of Gull Light*, written by founding member Harold Price.

## A company built by volunteers

The Lantern Players have never had a paid actor. Everyone, from the lead performers to the people who sew costumes and sell raffle tickets, is a volunteer. Over five decades, the company estimates, more than 2,000 people have taken part in its productions.

Director Vivienne Achebe, who first appeared on stage with the company at age nine, said that continuity is the company's great strength.

> "In this production we have a woman playing the keeper's wife whose mother played the same role in 1974. We have a set builder whose grandfather built the original lighthouse out of plywood. You cannot buy that," Achebe said.

## Fifty years in numbers

The company has put together a short history for its anniversary programme. Some highlights:

- More than 180 productions, from Shakespeare to pantomime
- Four different homes, including the church basement, a school gym and the current Oddfellows Hall
- One flood, in 1996, that destroyed most of the costume collection
- One wedding, between the leads of a 1983 production of *Much Ado About Nothing*

![The stage at Oddfellows Hall](image:stage)

## Reviving the original

Price's play tells the story of a lighthouse keeper on the Northshore who must decide whether to abandon his post during a storm to help a fishing boat in trouble. Achebe said it still resonates in a town shaped by the sea.

> "It is a play about duty and about community. Those things have not gone out of fashion here," she said.

The production features a new set designed by volunteers who drew on historical photographs of real lighthouses along the coast. The history of such stations is outlined in [Wikipedia's article on lighthouses](https://en.wikipedia.org/wiki/Lighthouse). One of the builders, retired shipwright Erik Halvorsen, helped shape the curved walls of the tower using techniques from [his family's boatyard](/articles/halvorsen-boatyard-changes-hands).

## Performances

*The Keeper of Gull Light* runs for three weekends at the Oddfellows Hall on Bell Street. Tickets are 20 dollars, or 10 dollars for students and seniors, and are available from the [Lantern Players website](https://www.lanternplayers.example/tickets). The company is also collecting memories and photographs from past members for a digital archive.`,
  comments: [
    {
      name: "Ruth Ellingham",
      email: "ruth.ellingham@mail.example",
      body: "I was in the 1983 Much Ado. I can confirm the wedding happened and they are still married!",
      daysAfter: 2,
      status: "approved",
    },
    {
      name: "George Pratt",
      email: "george.pratt@mail.example",
      body: "Saw opening night. Wonderful set, and the storm scene was genuinely tense.",
      daysAfter: 6,
      status: "approved",
    },
  ],
};
