/** A village as the planners see it (the planning jobs' `villages`; the web draws the same shape). */
export interface PlanningVillage {
  code: string;
  name: string;
  lat: number;
  lng: number;
  population: number;
  industry: string;
  /** 0–1, from the village's profile. */
  strength: number;
  township: string;
}
