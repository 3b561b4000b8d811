#pragma once
namespace alpha {
/** The value the app checks; the deps tests change it in a new commit. */
int value();
}
