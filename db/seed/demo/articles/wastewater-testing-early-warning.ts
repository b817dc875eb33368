import { art } from "../art";
import type { DemoArticle } from "../articles";

export const wastewaterTestingEarlyWarning: DemoArticle = {
  slug: "wastewater-testing-early-warning",
  title: "Wastewater testing gives Port Alder an early warning for outbreaks",
  excerpt:
    "Samples from the city's treatment plant are now tested twice a week for flu, COVID-19 and other viruses. Health officials say the data arrives days before hospitals see a rise in patients.",
  category: "science-tech",
  author: "maren-holt",
  tags: ["public-health", "city-council"],
  daysAgo: 128,
  hour: 12,
  commentsClosed: true,
  hero: {
    art: art(190, "grid"),
    caption: "The Harbour Road treatment plant, where samples are collected twice a week.",
    alt: "Abstract tiled pattern in cool blue and teal tones",
  },
  bodyImages: [],
  markdown: `Every Monday and Thursday morning, a technician at the Harbour Road wastewater treatment plant fills a small bottle and sends it to a laboratory at Alder Coast University. What comes back a day later is one of the earliest signals the city has that an illness is spreading.

Port Alder has joined a growing number of communities using [wastewater surveillance](https://en.wikipedia.org/wiki/Wastewater_surveillance) to track viruses. Council approved a two-year agreement with the university last month, and the results are now published weekly.

## How it works

People infected with many common viruses shed traces of genetic material in their waste, often before they feel sick. By measuring those traces in sewage, scientists can estimate how much of a virus is circulating in the whole population served by the plant.

The programme currently tracks:

- COVID-19
- Influenza A and B
- Respiratory syncytial virus, or RSV
- Norovirus, the leading cause of stomach flu

> "A rise in wastewater usually shows up four to seven days before we see a rise in clinic visits. That week matters. It is time to warn care homes, stock up on supplies and schedule extra staff," said regional medical health officer Dr. Winston Achterberg.

## Privacy protections

Because samples are taken at the treatment plant, the data reflects the entire city rather than individual homes or neighbourhoods. University researchers say they do not sequence or store human genetic material.

Councillor Ibrahim Sato, who asked several questions about privacy before the vote, said he was satisfied with the safeguards.

> "I wanted to be sure we were measuring viruses, not people. The answers I got were clear," Sato said.

## Cost and results

The agreement costs the city about 90,000 dollars a year, shared with the regional health authority. The first six weeks of data showed a rise in influenza about a week before the emergency department at Port Alder General reported an increase in flu patients.

The new Eastgate walk-in clinic, which [opened this year](/articles/eastgate-walk-in-clinic-opens), is among the services that will receive the weekly reports.

### Where to find the data

Weekly results are published every Friday on the [regional health authority's dashboard](https://www.aldercoasthealth.example/wastewater). Each entry shows whether levels of each virus are low, moderate or high, and whether they are rising or falling.

University researcher Dr. Li Wen, who runs the lab analysis, said the goal is simple: "We want people to check it the way they check the weather."`,
  comments: [
    {
      name: "Joan Whitlock",
      email: "joan.whitlock@mail.example",
      body: "I run a care home and this is exactly the kind of early warning we have been asking for.",
      daysAfter: 2,
      status: "approved",
    },
  ],
};
