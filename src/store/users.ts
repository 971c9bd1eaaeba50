import type { UserPrefRepo } from '../core/ports.js';
import type { Db } from './client.js';
import { defined, toUserPref } from './map.js';

export function userPrefRepo(db: Db): UserPrefRepo {
  return {
    async get(platform, userId) {
      const row = await db.userPref.findUnique({ where: { platform_userId: { platform, userId } } });
      return row ? toUserPref(row) : null;
    },

    /** Creates or updates; keys left undefined keep their stored value (null clears one). */
    async set(platform, userId, prefs) {
      const data = defined({
        homeName: prefs.homeName,
        homeLat: prefs.homeLat,
        homeLon: prefs.homeLon,
        timezone: prefs.timezone,
        remindMinutes: prefs.remindMinutes,
        visible: prefs.visible,
        displayName: prefs.displayName,
      });
      const row = await db.userPref.upsert({
        where: { platform_userId: { platform, userId } },
        create: { platform, userId, ...data },
        update: data,
      });
      return toUserPref(row);
    },
  };
}
