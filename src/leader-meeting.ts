/** Defines `<leader-meeting>`. */
import { LeaderMeeting } from './elements/leader-meeting/leader-meeting.js';

LeaderMeeting.define();

export { LeaderMeeting };
