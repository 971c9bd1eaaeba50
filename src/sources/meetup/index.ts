export { meetupFeedUrls, canonicalMeetupEventUrl, isMeetupUrl } from './urls.js';
export { meetupVenueBlock } from './rss.js';
