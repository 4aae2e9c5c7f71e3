/** Defines `<event-timeline>`. */
import { EventTimeline } from './elements/event-timeline/event-timeline.js';

EventTimeline.define();

export { EventTimeline };
