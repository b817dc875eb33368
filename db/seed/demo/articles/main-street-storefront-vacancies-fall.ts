import { art } from "../art";
import type { DemoArticle } from "../articles";

export const mainStreetStorefrontVacanciesFall: DemoArticle = {
  slug: "main-street-storefront-vacancies-fall",
  title: "Downtown storefront vacancies fall to lowest level in five years",
  excerpt:
    "Empty storefronts on Port Alder's main commercial streets dropped to 9 percent this spring. A city grant programme and cheaper leases are drawing first-time business owners.",
  category: "business",
  author: "maren-holt",
  tags: ["small-business", "city-council", "transit"],
  daysAgo: 4,
  hour: 17,
  hero: {
    art: art(30, "skyline"),
    caption: "Harbour Street, where several long-empty storefronts have been filled this year.",
    alt: "Abstract skyline of low buildings in warm evening tones",
  },
  bodyImages: [],
  markdown: `The number of empty storefronts in downtown Port Alder has fallen to its lowest level in five years, according to a survey released by the Downtown Business Association.

The association counted 31 vacant ground-floor units across Harbour Street, Alder Street and the blocks between them this spring, a vacancy rate of about 9 percent. Two years ago, the rate was nearly 17 percent.

## A grant programme that paid off

City officials point to the Storefront Start programme, which council launched two years ago. It offers new businesses a grant of up to 15,000 dollars to renovate and open in a unit that has been vacant for at least six months.

So far, 44 businesses have received grants. According to city figures, 37 of them are still open.

> "The money itself is modest. What it really does is give a landlord a reason to say yes to a first-time tenant instead of waiting two years for a bank or a chain," said Councillor Ama Boateng, who championed the programme.

## Who is moving in

The new tenants are a varied group. The association's survey lists:

- Cafés and bakeries, the largest category, with 11 new openings
- Personal services such as barbers, tailors and repair shops
- Small makers selling ceramics, clothing and prints
- Two bookstores, one of them specialising in maritime history

Kwame Asante opened a bicycle repair shop on Alder Street last year with the help of a grant. He says the city's [bus lane trial](/articles/alder-street-bus-lane-trial-begins) has brought him more customers, not fewer.

> "More people on bikes means more flat tyres. I am not complaining," Asante said.

## Problems remain

Not every block has recovered. The stretch of Pier Road near the old ferry terminal still has several empty units, though business owners there hope the new [Cannery Hall food market](/articles/cannery-building-reborn-as-food-hall) will bring more visitors.

Association director Yolanda Perez also warned that rising commercial property taxes could undo some of the progress, since many leases pass those costs directly to tenants.

### What comes next

Council will vote this autumn on whether to extend Storefront Start for another three years. The programme's current budget is 350,000 dollars a year, funded from the city's economic development reserve. Applications and eligibility details are posted on the [city's business support page](https://www.portalder.example/business/storefront-start).`,
  comments: [
    {
      name: "Oscar Lindgren",
      email: "oscar.lindgren@mail.example",
      body: "Kwame fixed my bike in twenty minutes and charged me less than I expected. Glad the grant helped.",
      daysAfter: 2,
      status: "approved",
    },
  ],
};
