import { art } from "../art";
import type { DemoArticle } from "../articles";

export const eastgateWalkInClinicOpens: DemoArticle = {
  slug: "eastgate-walk-in-clinic-opens",
  title: "Eastgate walk-in clinic opens, easing pressure on the emergency room",
  excerpt:
    "A new community clinic in Eastgate saw more than 200 patients in its first week. Health officials hope it will keep minor cases out of Port Alder General's crowded emergency department.",
  category: "city",
  author: "maren-holt",
  tags: ["public-health", "housing"],
  daysAgo: 166,
  hour: 10,
  hero: {
    art: art(350, "sun"),
    caption: "The clinic occupies the ground floor of a new affordable housing building on Tern Street.",
    alt: "Abstract rising sun with rays over a calm sea",
  },
  bodyImages: [],
  markdown: `The doors opened at 8 a.m. on Monday. By 8:15, every chair in the waiting room of the new Eastgate Community Health Clinic was taken.

The clinic, on the ground floor of a new affordable housing building on Tern Street, is the first walk-in medical service in the neighbourhood in nearly a decade. In its first week it saw 212 patients, according to figures provided by the regional health authority.

## Filling a gap

Eastgate is the city's most densely populated neighbourhood, and the one with the lowest rate of residents who have a regular family doctor. Until now, many residents who needed care for a sprained wrist or an ear infection had little choice but to wait at the emergency department of Port Alder General Hospital.

Dr. Imani Clarke, the clinic's medical director, said that was exactly the pattern the clinic was designed to break.

> "An emergency room is the most expensive and least comfortable place to treat a sore throat. We want people to come here first, and we want them to come back," Clarke said.

## What the clinic offers

The clinic is staffed by two physicians, three nurse practitioners and a social worker. Services include:

- Walk-in care for minor illness and injury, seven days a week
- Prescription renewals and basic lab tests
- Help finding a permanent family doctor
- Referrals to housing and income support programmes through the on-site social worker

Appointments can also be booked online through the [regional health authority's website](https://www.aldercoasthealth.example/clinics/eastgate).

## Housing and health together

Placing the clinic inside a housing development was deliberate. The building's 84 apartments are reserved for households earning below the regional median income, and the housing society that operates it offered the ground floor at a reduced rent.

> "Your health is shaped by where you live long before you ever see a doctor. Putting these things under one roof just makes sense," said Rosa Delgado, executive director of the Tern Street Housing Society.

## Early signs

It is too soon to say whether the clinic will reduce emergency room visits. Hospital administrators say they will compare numbers over the next six months. Wait times at Port Alder General averaged just over five hours last year.

Outside the clinic on Wednesday, Eastgate resident Pauline Arce waited with her young son, who had a persistent cough. "Last time we went to the hospital we were there until midnight," she said. "Here, they told me forty minutes."`,
  comments: [],
};
