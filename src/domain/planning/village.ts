/** A village as the planners see it (the planning jobs' `villages`; the web draws the same shape). */
export interface PlanningVillage {
  code: string;
  name: string;
  lat: number;
  lng: number;
  population: number;
  industry: string;
  strength: number;
  township: string;
}
