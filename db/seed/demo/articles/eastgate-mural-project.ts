import { art } from "../art";
import type { DemoArticle } from "../articles";

export const eastgateMuralProject: DemoArticle = {
  slug: "eastgate-mural-project",
  title: "Eastgate mural project turns blank walls into a neighbourhood gallery",
  excerpt:
    "Twelve large murals have gone up across Eastgate this summer, painted by local artists with input from residents. The city wants to expand the programme to other neighbourhoods.",
  category: "culture",
  author: "nora-lindqvist",
  tags: ["arts", "city-council"],
  daysAgo: 71,
  hour: 14,
  hero: {
    art: art(330, "grid"),
    caption: "One of twelve new murals on the walls of Eastgate apartment buildings.",
    alt: "Abstract geometric tiles in pink, magenta and teal",
  },
  bodyImages: [
    { key: "mural-detail", art: art(340, "leaves"), alt: "Abstract leaf shapes in rose and crimson tones" },
  ],
  markdown: `Walk along Tern Street in Eastgate and you will now pass a thirty-metre heron, a grandmother teaching a child to mend a fishing net, and a swirl of colour that, on closer inspection, is a map of every bus route in the city.

They are three of the twelve murals painted across the neighbourhood this summer as part of Walls of Eastgate, a project funded by the city's public art programme and organised by a local arts collective.

## Residents chose the themes

Unlike many public art projects, the murals were not chosen by a jury working from artists' proposals. Instead, the organisers held a series of community meetings where residents described what they wanted to see on their walls.

Project organiser Dalia Ferrante said the process took longer than expected but produced better results.

> "People told us stories about their grandparents, their jobs, the birds they see from their windows. The artists took those stories and made them enormous. That is the whole idea," Ferrante said.

The themes that emerged most often included:

- The fishing and cannery work that brought many families to Eastgate
- Birds and wildlife from the nearby tidal flats
- Languages spoken in the neighbourhood, more than twenty by the organisers' count
- Community landmarks, including the new walk-in clinic

![Detail from one of the murals](image:mural-detail)

## The artists

Twelve artists were selected, nine of whom live in Port Alder. For several, it was the largest work they had ever attempted. Painter Kofi Mensah, who created the heron on the side of an apartment building on Tern Street, said he spent three weeks on a lift.

> "My studio is the size of a bathroom. This wall is the size of a swimming pool. I had to learn to paint with my whole arm," Mensah said.

The heron faces the building that houses the [Eastgate walk-in clinic](/articles/eastgate-walk-in-clinic-opens), and staff say patients often stop to look at it on their way in.

## What it cost

The project's total budget was about 240,000 dollars, covering artist fees, paint, equipment rental and anti-graffiti coating. Building owners agreed to keep the murals in place for at least ten years.

Council's arts committee has asked staff to prepare a plan for similar projects in Southside and Hillcrest. Councillor Ama Boateng said the murals had changed how residents talk about their neighbourhood.

"People used to describe Eastgate by what it lacked," she said. "Now they give you directions by the murals."

### Take a walk

A free map of all twelve murals is available from the [public art programme's website](https://www.portalder.example/arts/walls-of-eastgate). Guided walks with the artists run on the first Saturday of each month. For context, [Wikipedia's article on murals](https://en.wikipedia.org/wiki/Mural) traces the long history of painting on public walls.`,
  comments: [
    {
      name: "Yusuf Demir",
      email: "yusuf.demir@mail.example",
      body: "The heron is stunning. My daughter says good morning to it every day on the way to school.",
      daysAfter: 1,
      status: "approved",
    },
    {
      name: "Clara Hendricks",
      email: "clara.h@mail.example",
      body: "Please bring this to Hillcrest next. We have plenty of grey walls.",
      daysAfter: 4,
      status: "approved",
    },
    {
      name: "R. Polanski",
      email: "rpolanski@mail.example",
      body: "Nice art but 240,000 dollars could have fixed a lot of potholes.",
      daysAfter: 5,
      status: "pending",
    },
  ],
};
