// The app's one icon set: Material Symbols Rounded (weight 400, Apache-2.0), the family KERN UX draws its
// icons from, plus KERN's own glyphs for Leichte Sprache and Gebärdensprache (EUPL-1.2). Imported as raw SVG
// at build time, so every name below is in the bundle and no class name is built at run time.
import accountCircle from '@material-symbols/svg-400/rounded/account_circle.svg?raw';
import add from '@material-symbols/svg-400/rounded/add.svg?raw';
import attachFile from '@material-symbols/svg-400/rounded/attach_file.svg?raw';
import arrowBack from '@material-symbols/svg-400/rounded/arrow_back.svg?raw';
import arrowDownward from '@material-symbols/svg-400/rounded/arrow_downward.svg?raw';
import arrowUpward from '@material-symbols/svg-400/rounded/arrow_upward.svg?raw';
import autorenew from '@material-symbols/svg-400/rounded/autorenew.svg?raw';
import barChart from '@material-symbols/svg-400/rounded/bar_chart.svg?raw';
import block from '@material-symbols/svg-400/rounded/block.svg?raw';
import bookmark from '@material-symbols/svg-400/rounded/bookmark.svg?raw';
import bookmarkFilled from '@material-symbols/svg-400/rounded/bookmark-fill.svg?raw';
import calendar from '@material-symbols/svg-400/rounded/calendar_today.svg?raw';
import chat from '@material-symbols/svg-400/rounded/chat.svg?raw';
import check from '@material-symbols/svg-400/rounded/check.svg?raw';
import checkCircle from '@material-symbols/svg-400/rounded/check_circle.svg?raw';
import checkCircleFilled from '@material-symbols/svg-400/rounded/check_circle-fill.svg?raw';
import close from '@material-symbols/svg-400/rounded/close.svg?raw';
import contrast from '@material-symbols/svg-400/rounded/contrast.svg?raw';
import darkMode from '@material-symbols/svg-400/rounded/dark_mode.svg?raw';
import deleteIcon from '@material-symbols/svg-400/rounded/delete.svg?raw';
import doneAll from '@material-symbols/svg-400/rounded/done_all.svg?raw';
import download from '@material-symbols/svg-400/rounded/download.svg?raw';
import edit from '@material-symbols/svg-400/rounded/edit.svg?raw';
import error from '@material-symbols/svg-400/rounded/error.svg?raw';
import expandMore from '@material-symbols/svg-400/rounded/keyboard_arrow_down.svg?raw';
import flag from '@material-symbols/svg-400/rounded/flag.svg?raw';
import formatQuote from '@material-symbols/svg-400/rounded/format_quote.svg?raw';
import forum from '@material-symbols/svg-400/rounded/forum.svg?raw';
import fullscreen from '@material-symbols/svg-400/rounded/fullscreen.svg?raw';
import fullscreenExit from '@material-symbols/svg-400/rounded/fullscreen_exit.svg?raw';
import groups from '@material-symbols/svg-400/rounded/groups.svg?raw';
import help from '@material-symbols/svg-400/rounded/help.svg?raw';
import history from '@material-symbols/svg-400/rounded/history.svg?raw';
import home from '@material-symbols/svg-400/rounded/home.svg?raw';
import image from '@material-symbols/svg-400/rounded/image.svg?raw';
import info from '@material-symbols/svg-400/rounded/info.svg?raw';
import land from '@material-symbols/svg-400/rounded/account_balance.svg?raw';
import lightMode from '@material-symbols/svg-400/rounded/light_mode.svg?raw';
import link from '@material-symbols/svg-400/rounded/link.svg?raw';
import lock from '@material-symbols/svg-400/rounded/lock.svg?raw';
import lockOpen from '@material-symbols/svg-400/rounded/lock_open.svg?raw';
import logout from '@material-symbols/svg-400/rounded/logout.svg?raw';
import mail from '@material-symbols/svg-400/rounded/mail.svg?raw';
import menu from '@material-symbols/svg-400/rounded/menu.svg?raw';
import merge from '@material-symbols/svg-400/rounded/call_merge.svg?raw';
import moreHoriz from '@material-symbols/svg-400/rounded/more_horiz.svg?raw';
import move from '@material-symbols/svg-400/rounded/drive_file_move.svg?raw';
import notifications from '@material-symbols/svg-400/rounded/notifications.svg?raw';
import notificationsActive from '@material-symbols/svg-400/rounded/notifications_active.svg?raw';
import notificationsOff from '@material-symbols/svg-400/rounded/notifications_off.svg?raw';
import openInNew from '@material-symbols/svg-400/rounded/open_in_new.svg?raw';
import personAdd from '@material-symbols/svg-400/rounded/person_add.svg?raw';
import pin from '@material-symbols/svg-400/rounded/keep.svg?raw';
import reply from '@material-symbols/svg-400/rounded/reply.svg?raw';
import sell from '@material-symbols/svg-400/rounded/sell.svg?raw';
import schedule from '@material-symbols/svg-400/rounded/schedule.svg?raw';
import search from '@material-symbols/svg-400/rounded/search.svg?raw';
import settings from '@material-symbols/svg-400/rounded/settings.svg?raw';
import taskAlt from '@material-symbols/svg-400/rounded/task_alt.svg?raw';
import thumbUp from '@material-symbols/svg-400/rounded/thumb_up.svg?raw';
import thumbUpFilled from '@material-symbols/svg-400/rounded/thumb_up-fill.svg?raw';
import unfoldMore from '@material-symbols/svg-400/rounded/unfold_more.svg?raw';
import trendingUp from '@material-symbols/svg-400/rounded/trending_up.svg?raw';
import verified from '@material-symbols/svg-400/rounded/verified.svg?raw';
import visibility from '@material-symbols/svg-400/rounded/visibility.svg?raw';
import visibilityOff from '@material-symbols/svg-400/rounded/visibility_off.svg?raw';
import warning from '@material-symbols/svg-400/rounded/warning.svg?raw';
import easyLanguage from './kern/easy-language.svg?raw';
import signLanguage from './kern/sign-language.svg?raw';

const SVGS = {
  'account-circle': accountCircle,
  add: add,
  'arrow-back': arrowBack,
  'arrow-downward': arrowDownward,
  'arrow-upward': arrowUpward,
  'attach-file': attachFile,
  autorenew: autorenew,
  'bar-chart': barChart,
  block: block,
  bookmark: bookmark,
  'bookmark-filled': bookmarkFilled,
  calendar: calendar,
  chat: chat,
  check: check,
  'check-circle': checkCircle,
  'check-circle-filled': checkCircleFilled,
  close: close,
  contrast: contrast,
  'dark-mode': darkMode,
  delete: deleteIcon,
  'done-all': doneAll,
  download: download,
  edit: edit,
  error: error,
  'expand-more': expandMore,
  flag: flag,
  'format-quote': formatQuote,
  forum: forum,
  fullscreen: fullscreen,
  'fullscreen-exit': fullscreenExit,
  groups: groups,
  help: help,
  history: history,
  home: home,
  image: image,
  info: info,
  land: land,
  'light-mode': lightMode,
  link: link,
  lock: lock,
  'lock-open': lockOpen,
  logout: logout,
  mail: mail,
  menu: menu,
  merge: merge,
  'more-horiz': moreHoriz,
  move: move,
  notifications: notifications,
  'notifications-active': notificationsActive,
  'notifications-off': notificationsOff,
  'open-in-new': openInNew,
  'person-add': personAdd,
  pin: pin,
  reply: reply,
  schedule: schedule,
  search: search,
  sell: sell,
  settings: settings,
  'task-alt': taskAlt,
  'thumb-up': thumbUp,
  'thumb-up-filled': thumbUpFilled,
  'trending-up': trendingUp,
  'unfold-more': unfoldMore,
  verified: verified,
  visibility: visibility,
  'visibility-off': visibilityOff,
  warning: warning,
  'easy-language': easyLanguage,
  'sign-language': signLanguage,
} as const;

export type IconName = keyof typeof SVGS;

export const ICON_NAMES = Object.keys(SVGS) as IconName[];

/** The path data of each glyph (all share the viewBox `0 -960 960 960`). */
export const ICON_PATHS = Object.fromEntries(
  ICON_NAMES.map((name) => [name, /\sd="([^"]+)"/.exec(SVGS[name])?.[1] ?? '']),
) as Record<IconName, string>;

export const ICON_VIEWBOX = '0 -960 960 960';
