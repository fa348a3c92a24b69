// Local only (not committed): node_modules is a symlink to another checkout in this worktree.
import { mergeConfig } from 'vite';
import base from './vite.config.mts';
export default mergeConfig(base, { server: { fs: { allow: ['/work'] } } });
