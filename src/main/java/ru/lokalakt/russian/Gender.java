package ru.lokalakt.russian;

public enum Gender { MALE, FEMALE }
