import { art } from "../art";
import type { DemoArticle } from "../articles";

export const nightMarketReturnsToPierFour: DemoArticle = {
  slug: "night-market-returns-to-pier-four",
  title: "Night market returns to Pier Four with more stalls and later hours",
  excerpt:
    "The Pier Four Night Market is back for its fourth season with 60 vendors, live music and hours stretching to midnight on Saturdays.",
  category: "culture",
  author: "nora-lindqvist",
  tags: ["food-and-drink", "small-business", "live-music"],
  daysAgo: 104,
  hour: 19,
  hero: {
    art: art(290, "skyline"),
    caption: "Strings of lights over the Pier Four Night Market.",
    alt: "Abstract city skyline at night with lit windows in purple tones",
  },
  bodyImages: [
    { key: "market-lights", art: art(45, "sun"), alt: "Abstract glowing sun with rays in warm gold" },
  ],
  markdown: `The smell of grilled corn and charcoal drifted across the harbour on Friday evening as the Pier Four Night Market opened its fourth season, bigger and later than ever.

About 60 vendors lined the pier under strings of lights, selling dumplings, flatbreads, ceramics, second-hand records and hand-knitted hats. A brass band played near the entrance, and by 9 p.m. the queue for the most popular stalls stretched past the old ticket booth.

## From twenty stalls to sixty

The market began four years ago with 20 vendors and a borrowed generator. Organiser Hyun-woo Park, who also runs a noodle stall, said the early days were chaotic.

> "The first night it rained, the power went out twice, and we ran out of everything by eight o'clock. Somehow people came back the next week," Park said.

This season the market will run every Friday and Saturday until the end of September, closing at 11 p.m. on Fridays and midnight on Saturdays.

## What to eat

With sixty stalls, choosing is the hardest part. A few standouts from opening night:

- Hand-pulled noodles with chilli oil at Park's own stall, **Long Table**
- Grilled mackerel sandwiches from **Salt and Smoke**, made with fish from the Northshore fleet
- Ethiopian injera platters from **Selam Kitchen**
- Cardamom buns from **Lark Bakery**, which sold out by 9:30

![Lights over the market](image:market-lights)

## A launching pad for small businesses

For many vendors, the market is a low-cost way to test a business idea. A stall costs 60 dollars a night, and the organisers provide tents, power and waste collection.

Several vendors have gone on to open permanent locations. Lark Bakery's owner, Priyanka Sandhu, said the market gave her the confidence and the customer base to look for a storefront.

> "At a market, people tell you immediately whether your food is good. That is worth more than any business plan," Sandhu said.

## Music every night

The market has also become an informal stage for local musicians. This year, organisers have booked a different act every night, from folk duos to a steel drum ensemble. Anyone who enjoyed the busy waterfront during [the record tourist season](/articles/record-summer-for-alder-coast-tourism) will find it just as lively on a Friday night, with more locals in the crowd.

### Getting there

The market is a short walk from the Alder Street bus stops. Parking on the pier is limited, and organisers encourage visitors to walk, cycle or take transit. The full vendor list is posted on the [market's website](https://www.pierfourmarket.example/vendors).`,
  comments: [
    {
      name: "Jamal Whitfield",
      email: "jamal.whitfield@mail.example",
      body: "The mackerel sandwich is the best thing I have eaten all year. No exaggeration.",
      daysAfter: 1,
      status: "approved",
    },
    {
      name: "Sophie Laurent",
      email: "sophie.laurent@mail.example",
      body: "Lovely night, but please add more bins near the far end of the pier.",
      daysAfter: 2,
      status: "approved",
    },
  ],
};
