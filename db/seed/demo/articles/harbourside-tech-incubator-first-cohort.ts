import { art } from "../art";
import type { DemoArticle } from "../articles";

export const harboursideTechIncubatorFirstCohort: DemoArticle = {
  slug: "harbourside-tech-incubator-first-cohort",
  title: "Harbourside tech incubator welcomes its first cohort of startups",
  excerpt:
    "Eight young companies have moved into a converted warehouse near the port. Their ideas range from fishing-boat software to apps that translate tide data for kayakers.",
  category: "science-tech",
  author: "priya-raman",
  tags: ["startups", "jobs", "education"],
  daysAgo: 57,
  hour: 15,
  hero: {
    art: art(260, "circuit"),
    caption: "The incubator occupies the top floor of a former net-storage warehouse on Foundry Road.",
    alt: "Abstract circuit board illustration in violet tones",
  },
  bodyImages: [
    { key: "cohort-chart", art: art(270, "bars"), alt: "Bar chart illustration representing startup funding" },
  ],
  markdown: `In a building where fishing nets were once hung to dry, eight startups have set up shop under exposed beams and a row of new skylights.

The Harbourside Incubator, a partnership between Alder Coast University, the city and a group of local investors, welcomed its first cohort this month. Each company receives free desk space for a year, mentoring, and up to 50,000 dollars in early funding in exchange for a small equity stake.

## Who got in

More than 90 teams applied. The eight selected include:

- **Netwise**, which builds catch-logging software for small fishing vessels
- **Slack Water**, an app that turns official tide and current data into plain-language advice for kayakers and paddleboarders
- **Brineworks**, developing low-cost sensors that measure ocean acidity
- **Dockside Health**, a scheduling tool for rural clinics
- Four others working on logistics, education and accessibility software

Incubator director Oluwaseun Bright said the selection committee looked for companies that could grow in Port Alder rather than leave as soon as they had a product.

> "We are not trying to be a small version of somewhere else. The best ideas in this building come from people who know the coast, the port and the fleet," Bright said.

![Funding for the first cohort](image:cohort-chart)

## Keeping talent at home

For years, graduates of the university's computer science and engineering programmes have tended to leave the region for larger cities. The incubator is one attempt to change that.

Mariana Costa, 24, co-founded Slack Water with a classmate after graduating last spring. She said she had job offers elsewhere but chose to stay.

> "I learned to paddle in the Narrows. The problem we are solving is right outside the window. It would be strange to try to build this from an office a thousand kilometres away," Costa said.

## Part of a bigger picture

The incubator sits a few blocks from the container terminal, whose record traffic has brought new attention to the Foundry Road area. Several of the startups hope to sell services to the port and its tenants.

The university also plans to run evening workshops in the building for high school students, building on the success of programmes like [the Port Alder High robotics team](/articles/port-alder-high-robotics-team-heads-to-nationals).

### What success looks like

Organisers say they will judge the first year by a few simple measures: how many companies are still operating, how many people they employ in Port Alder, and whether they raise further investment. Applications for the second cohort open in the spring on the [incubator's website](https://www.harbourside.example/apply).`,
  comments: [
    {
      name: "Daniel Ferro",
      email: "daniel.ferro@mail.example",
      body: "Slack Water sounds great. The official tide tables are hard to read if you are not a sailor.",
      daysAfter: 2,
      status: "approved",
    },
  ],
};
