export type DemoAuthor = {
  slug: string;
  name: string;
  bio: string;
  publicEmail: string;
  loginEmail: string;
  role: "editor" | "admin";
  canSignIn: boolean;
  avatar: { hue: number; initials: string };
};

export type DemoCategory = { slug: string; name: string; description: string };

export const demoAuthors: DemoAuthor[] = [
  {
    slug: "maren-holt",
    name: "Maren Holt",
    bio: "Maren Holt is the editor of Dateline and has covered Port Alder city hall for more than a decade. Before moving to the coast she reported on county government for a regional daily. She still reads every council agenda, including the appendices.",
    publicEmail: "maren@dateline.example",
    loginEmail: "admin@dateline.example",
    role: "admin",
    canSignIn: true,
    avatar: { hue: 212, initials: "MH" },
  },
  {
    slug: "theo-baptiste",
    name: "Theo Baptiste",
    bio: "Theo Baptiste writes about business, labour and the working waterfront. He grew up in a fishing family on the Northshore and spent six years as a financial reporter before joining Dateline.",
    publicEmail: "theo@dateline.example",
    loginEmail: "editor@dateline.example",
    role: "editor",
    canSignIn: true,
    avatar: { hue: 24, initials: "TB" },
  },
  {
    slug: "priya-raman",
    name: "Priya Raman",
    bio: "Priya Raman covers science, technology and the environment across the Alder Coast. She holds a master's degree in marine ecology and has a soft spot for tide tables and open data.",
    publicEmail: "priya@dateline.example",
    loginEmail: "priya@staff.dateline.example",
    role: "editor",
    canSignIn: false,
    avatar: { hue: 158, initials: "PR" },
  },
  {
    slug: "nora-lindqvist",
    name: "Nora Lindqvist",
    bio: "Nora Lindqvist is Dateline's culture writer, covering music, theatre, food and the people who make Port Alder interesting. She previously ran a small arts magazine and still plays bass in a band that rarely rehearses.",
    publicEmail: "nora@dateline.example",
    loginEmail: "nora@staff.dateline.example",
    role: "editor",
    canSignIn: false,
    avatar: { hue: 328, initials: "NL" },
  },
];

export const demoCategories: DemoCategory[] = [
  {
    slug: "city",
    name: "City",
    description: "Council decisions, neighbourhoods, housing, transit and public services in Port Alder.",
  },
  {
    slug: "business",
    name: "Business",
    description: "Jobs, the port, local companies and the economy of the Alder Coast.",
  },
  {
    slug: "science-tech",
    name: "Science & Tech",
    description: "Research, technology and the changing environment of the coast and its waters.",
  },
  {
    slug: "culture",
    name: "Culture",
    description: "Arts, music, food, history and the life of the city after hours.",
  },
];
