import { art } from "../art";
import type { DemoArticle } from "../articles";

export const portAlderHighRoboticsTeamHeadsToNationals: DemoArticle = {
  slug: "port-alder-high-robotics-team-heads-to-nationals",
  title: "Port Alder High robotics team heads to nationals with a robot built from salvage",
  excerpt:
    "A team of 12 students built a competition robot largely from donated and recycled parts. Now they are one of 40 teams heading to the national championship.",
  category: "science-tech",
  author: "priya-raman",
  tags: ["education", "startups"],
  daysAgo: 88,
  hour: 18,
  hero: {
    art: art(120, "circuit"),
    caption: "The team's workshop is a converted storage room behind the school gym.",
    alt: "Abstract circuit illustration in green tones",
  },
  bodyImages: [],
  markdown: `The robot that carried Port Alder High School to the national championship has a chassis made from an old hospital bed frame, wheels salvaged from a broken mobility scooter, and a gripper arm the students designed and printed themselves.

It is, by the team's own admission, not the prettiest machine in the competition. But it won the regional qualifier last weekend, beating 31 other schools, many with far larger budgets.

## Built on a shoestring

The team, known as the Tidebots, has 12 members and an annual budget of about 3,000 dollars, most of it raised through bake sales and a car wash. Many rival teams spend ten times that.

Team captain Soraya Haddad, 17, said the lack of money forced the team to think differently.

> "We could not buy the expensive kit, so we had to understand every part we used. When something broke in the final, we knew how to fix it in four minutes because we built it ourselves," Haddad said.

## How the competition works

This year's challenge asks robots to collect and sort coloured balls, climb a ramp, and hang from a bar in the final seconds of each match. Teams are scored on:

1. Points earned during two-and-a-half-minute matches
2. An engineering notebook documenting the design process
3. An interview with judges about teamwork and problem-solving

The Tidebots scored particularly well on the notebook, which runs to more than 200 pages of sketches, failures and fixes.

## Community help

Local businesses have stepped in. [Halvorsen Boatyard](/articles/halvorsen-boatyard-changes-hands) donated welding time, a machine shop on Foundry Road cut custom parts, and the university's engineering department lent the team a 3D printer. The team's coach, physics teacher Gareth Llewellyn, said the support reflected the town's character.

> "This is a place where people fix things. The kids are just doing what their grandparents did on the boats, with more wires," Llewellyn said.

## Getting to nationals

The championship takes place next month, and the team needs to raise about 8,000 dollars for travel and shipping the robot. A fundraising page has been set up through the [school's parent association](https://www.portalderhigh.example/tidebots).

Several team members say they want to study engineering, and a few have already toured the site of a tech incubator planned for Foundry Road. Haddad, for her part, is focused on the next match.

"Our robot falls over sometimes," she said. "We have practised getting it back up."`,
  comments: [
    {
      name: "Mrs. Ortega",
      email: "l.ortega@mail.example",
      body: "So proud of these kids. We donated a bag of scooter parts and now they are going to nationals!",
      daysAfter: 0,
      status: "approved",
    },
    {
      name: "Kevin Marsh",
      email: "kevin.marsh@mail.example",
      body: "Sent a donation. Go Tidebots!",
      daysAfter: 1,
      status: "approved",
    },
  ],
};
