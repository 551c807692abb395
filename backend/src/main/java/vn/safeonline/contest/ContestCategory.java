package vn.safeonline.contest;

/** The kinds of contest the plan names. */
public enum ContestCategory {
    ESSAY, PRESENTATION, DEBATE, DRAWING, COMICS, MUSIC, POSTER, VIDEO, ROLE_PLAY_GAME
}
