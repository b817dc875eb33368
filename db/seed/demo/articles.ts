import { councilApprovesFirstPhaseOfHarbourExpansion } from "./articles/council-approves-first-phase-of-harbour-expansion";
import { alderStreetBusLaneTrialBegins } from "./articles/alder-street-bus-lane-trial-begins";
import { rentRegistryProposalDividesCouncil } from "./articles/rent-registry-proposal-divides-council";
import { northshoreSeawallRepairsToStartBeforeWinter } from "./articles/northshore-seawall-repairs-to-start-before-winter";
import { libraryHoursRestoredInDraftBudget } from "./articles/library-hours-restored-in-draft-budget";
import { eastgateWalkInClinicOpens } from "./articles/eastgate-walk-in-clinic-opens";
import { canneryBuildingRebornAsFoodHall } from "./articles/cannery-building-reborn-as-food-hall";
import { fishingFleetBracesForQuotaCut } from "./articles/fishing-fleet-braces-for-quota-cut";
import { portContainerTrafficHitsRecord } from "./articles/port-container-traffic-hits-record";
import { mainStreetStorefrontVacanciesFall } from "./articles/main-street-storefront-vacancies-fall";
import { recordSummerForAlderCoastTourism } from "./articles/record-summer-for-alder-coast-tourism";
import { halvorsenBoatyardChangesHands } from "./articles/halvorsen-boatyard-changes-hands";
import { kelpForestSurveyFindsSignsOfRecovery } from "./articles/kelp-forest-survey-finds-signs-of-recovery";
import { tidalEnergyTurbinePilotInAlderNarrows } from "./articles/tidal-energy-turbine-pilot-in-alder-narrows";
import { harboursideTechIncubatorFirstCohort } from "./articles/harbourside-tech-incubator-first-cohort";
import { portAlderHighRoboticsTeamHeadsToNationals } from "./articles/port-alder-high-robotics-team-heads-to-nationals";
import { dronesMapRetreatingBluffs } from "./articles/drones-map-retreating-bluffs";
import { wastewaterTestingEarlyWarning } from "./articles/wastewater-testing-early-warning";
import { harbourJazzFestivalAnnouncesLineup } from "./articles/harbour-jazz-festival-announces-lineup";
import { maritimeMuseumShipwreckExhibit } from "./articles/maritime-museum-shipwreck-exhibit";
import { eastgateMuralProject } from "./articles/eastgate-mural-project";
import { nightMarketReturnsToPierFour } from "./articles/night-market-returns-to-pier-four";
import { lanternPlayersCelebrateFiftyYears } from "./articles/lantern-players-celebrate-fifty-years";
import { oysterAndChowderFestivalReturns } from "./articles/oyster-and-chowder-festival-returns";

export type DemoArt = {
  hue: number;
  motif: "waves" | "skyline" | "circuit" | "bars" | "leaves" | "grid" | "sun" | "mountains";
};

export type DemoArticle = {
  slug: string;
  title: string;
  excerpt: string;
  category: string;
  author: string;
  tags: string[];
  daysAgo: number;
  hour: number;
  updatedHoursLater?: number;
  lead?: boolean;
  sourceUrl?: string;
  commentsClosed?: boolean;
  hero: { art: DemoArt; caption: string; alt: string };
  bodyImages: { key: string; art: DemoArt; alt: string }[];
  markdown: string;
  comments: {
    name: string;
    email: string;
    body: string;
    daysAfter: number;
    status: "approved" | "pending" | "spam";
    /** The earlier comment in this list it replies to, by position. */
    replyTo?: number;
  }[];
};

// Each article lives in its own file under ./articles; this list fixes the order they are seeded in.
export const demoArticles: DemoArticle[] = [
  // ------------------------------------------------------------------ City
  councilApprovesFirstPhaseOfHarbourExpansion,
  alderStreetBusLaneTrialBegins,
  rentRegistryProposalDividesCouncil,
  northshoreSeawallRepairsToStartBeforeWinter,
  libraryHoursRestoredInDraftBudget,
  eastgateWalkInClinicOpens,
  // -------------------------------------------------------------- Business
  canneryBuildingRebornAsFoodHall,
  fishingFleetBracesForQuotaCut,
  portContainerTrafficHitsRecord,
  mainStreetStorefrontVacanciesFall,
  recordSummerForAlderCoastTourism,
  halvorsenBoatyardChangesHands,
  // ---------------------------------------------------------- Science & Tech
  kelpForestSurveyFindsSignsOfRecovery,
  tidalEnergyTurbinePilotInAlderNarrows,
  harboursideTechIncubatorFirstCohort,
  portAlderHighRoboticsTeamHeadsToNationals,
  dronesMapRetreatingBluffs,
  wastewaterTestingEarlyWarning,
  // ---------------------------------------------------------------- Culture
  harbourJazzFestivalAnnouncesLineup,
  maritimeMuseumShipwreckExhibit,
  eastgateMuralProject,
  nightMarketReturnsToPierFour,
  lanternPlayersCelebrateFiftyYears,
  oysterAndChowderFestivalReturns,
];
