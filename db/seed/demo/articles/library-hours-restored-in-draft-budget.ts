import { art } from "../art";
import type { DemoArticle } from "../articles";

export const libraryHoursRestoredInDraftBudget: DemoArticle = {
  slug: "library-hours-restored-in-draft-budget",
  title: "Library hours restored in draft budget after months of public pressure",
  excerpt:
    "Branch libraries will return to six-day schedules under the city's draft budget. The change costs about 640,000 dollars and will be paid for partly by delaying road resurfacing.",
  category: "city",
  author: "maren-holt",
  tags: ["municipal-budget", "education"],
  daysAgo: 97,
  hour: 13,
  hero: {
    art: art(45, "bars"),
    caption: "The draft budget shifts spending from road resurfacing to library staffing.",
    alt: "Abstract bar chart in warm amber tones",
  },
  bodyImages: [],
  markdown: `Port Alder's four branch libraries will return to six-day schedules next year if council approves the draft budget released Thursday, reversing cuts that reduced most branches to four days a week.

The change will cost about 640,000 dollars a year. Finance staff propose covering most of it by delaying a planned road resurfacing programme in the Hillcrest area by one year.

## A campaign that worked

The cuts were made two years ago as the city tried to close a budget gap. Since then, a group called Open the Doors has collected more than 9,000 signatures, held read-ins on the steps of closed branches and packed council meetings.

Organiser Felicity Nakamura, a retired school librarian, said the group was surprised by the speed of the reversal.

> "We expected to be back here next year and the year after. We think councillors finally saw who uses these buildings: kids after school, people looking for work, seniors who need help with a computer," Nakamura said.

## What changes

If the budget passes as drafted:

- The Eastgate, Hillcrest, Southside and Marsh Lane branches will open Tuesday to Sunday
- Evening hours will return at Eastgate and Southside twice a week
- Eight part-time positions will be restored
- The central library's hours will not change

## The trade-off

Hillcrest residents will wait an extra year for repaving on several streets that were scheduled for next summer. City budget director Leonard Achebe said the roads in question were in fair condition and that the delay posed no safety risk.

> "Every budget is a list of things we are not doing. This year the library came off that list, and some repaving went on it," Achebe said.

Councillor Walter Penrose, who represents Hillcrest, said he would ask for the resurfacing to be funded from reserves instead. "My residents were told these roads would be done. A promise is a promise," he said.

### Other highlights of the draft budget

The draft proposes a property tax increase of 3.4 percent, slightly below inflation. It also maintains city support for community health partnerships, including the [Eastgate walk-in clinic](/articles/eastgate-walk-in-clinic-opens), and sets aside money to study a possible rent registry.

Residents can comment on the budget online through the city's [budget consultation page](https://www.portalder.example/budget) until the end of the month. Council will hold two public hearings before a final vote.`,
  comments: [
    {
      name: "Martin Esposito",
      email: "m.esposito@mail.example",
      body: "My kids do their homework at the Southside branch. This is the best news we have had from city hall in a while.",
      daysAfter: 0,
      status: "approved",
    },
    {
      name: "Joanne Pike",
      email: "joanne.pike@mail.example",
      body: "Hillcrest Road is in worse shape than the report says.\nCome drive it in the rain.",
      daysAfter: 1,
      status: "approved",
    },
    {
      name: "Sam Okonkwo",
      email: "sam.ok@mail.example",
      body: "Will the evening hours include weekends? The article does not say.",
      daysAfter: 3,
      status: "pending",
    },
  ],
};
