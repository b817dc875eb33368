import { art } from "../art";
import type { DemoArticle } from "../articles";

export const canneryBuildingRebornAsFoodHall: DemoArticle = {
  slug: "cannery-building-reborn-as-food-hall",
  title: "Old cannery building reborn as a waterfront food hall",
  excerpt:
    "The brick cannery on Pier Road reopened this weekend with 14 food stalls, a bakery and a small brewery. Its owners are betting on year-round local traffic, not just summer visitors.",
  category: "business",
  author: "theo-baptiste",
  tags: ["small-business", "food-and-drink", "waterfront"],
  daysAgo: 5,
  hour: 15,
  hero: {
    art: art(28, "grid"),
    caption: "The restored cannery on Pier Road now houses 14 independent food vendors.",
    alt: "Abstract tiled pattern in warm orange and brick tones",
  },
  bodyImages: [
    { key: "stall-layout", art: art(38, "leaves"), alt: "Illustration of scattered autumn-coloured leaves" },
  ],
  markdown: `For most of the last thirty years, the red-brick cannery on Pier Road was a place people photographed rather than entered. On Saturday, more than 4,000 people walked through its doors.

The building, which packed salmon for much of the twentieth century, has reopened as the Cannery Hall, a food market with 14 independent vendors, a bakery, a coffee roaster and a small brewery in what used to be the boiler room.

## A slow, expensive restoration

Developers Ruth and Emmanuel Adeyemi bought the building four years ago. They say the restoration cost roughly 9 million dollars, about a third more than planned, largely because of seismic upgrades and the discovery of rotten timbers beneath the main floor.

> "Every wall we opened had a surprise behind it. At some point you stop asking whether it makes financial sense and start asking whether you can live with yourself if it falls down," Ruth Adeyemi said.

## Who is inside

The vendors were chosen to reflect the city's mix of cooks and cuisines. Most are small operators running their first permanent location. Among them:

- **Tidewater Fish Bar**, run by a former commercial fisher, serving whatever the fleet landed that morning
- **Abuela Rosa**, a family-run stall selling tamales and pozole
- **Lark Bakery**, which moved from a farmers market tent
- **Boiler Room Brewing**, a four-barrel brewery with eight taps

![Floor plan of the food hall](image:stall-layout)

Stall rents start at about 2,200 dollars a month, well below comparable retail space on Harbour Street, according to the owners. Leases are for two years.

## Built for winter, not just summer

The key question for any waterfront business in Port Alder is what happens after September, when cruise ships and day-trippers disappear. The Adeyemis say they designed the hall with locals in mind, with long tables, late hours and a stage for community events.

Ivan Morales, who runs the Tidewater stall, is cautiously optimistic.

> "Summer pays the rent. Winter tells you whether you have a business. Ask me again in February," Morales said.

Business owners on nearby streets say they are hoping for spillover traffic. Foot traffic along Pier Road has been weak since the ferry terminal moved, and several storefronts remain empty despite [a record summer for tourism](/articles/record-summer-for-alder-coast-tourism).

The Cannery Hall is open daily from 8 a.m. to 10 p.m., with the brewery open until midnight on weekends.`,
  comments: [
    {
      name: "Tessa Llewellyn",
      email: "tessa.l@mail.example",
      body: "Went on Sunday. The fish tacos were worth the line. Please keep the long tables, they make it feel like a proper market.",
      daysAfter: 1,
      status: "approved",
    },
    {
      name: "Graham Oduya",
      email: "graham.oduya@mail.example",
      body: "Parking was impossible. Hope the city thinks about that before the summer.",
      daysAfter: 2,
      status: "approved",
    },
    {
      name: "Mei Lin Tsang",
      email: "meilin.t@mail.example",
      body: "My grandmother worked in that cannery in the 1960s.\nShe cried when we walked in. Thank you for saving it.",
      daysAfter: 3,
      status: "approved",
    },
  ],
};
