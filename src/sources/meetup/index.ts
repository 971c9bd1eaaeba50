export { meetupFeedUrls, canonicalMeetupEventUrl, isMeetupUrl } from './urls.js';
export { meetupItemPlace, meetupVenueBlock } from './rss.js';
